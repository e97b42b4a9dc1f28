{ services.ssh.port = "ssh"; }
