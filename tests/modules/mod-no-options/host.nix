{ config.networking.hostName = "box"; }
