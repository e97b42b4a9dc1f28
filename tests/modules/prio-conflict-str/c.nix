{ hostName = "beta"; }
