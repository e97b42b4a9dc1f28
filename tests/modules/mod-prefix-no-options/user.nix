{ config.shell = "zsh"; }
