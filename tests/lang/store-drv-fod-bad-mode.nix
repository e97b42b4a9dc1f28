derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashMode = "deep"; outputHash = "sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6EbvvgM="; }
