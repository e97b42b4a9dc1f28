{ hostName = "alpha"; }
