{ services.sshd.enable = true; }
