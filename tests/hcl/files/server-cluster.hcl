// Three servers, joined over the LAN.
name       = "nomad-server-1"
datacenter = "dc1"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "cg8StVXbQJ0gPvMd9o7yrg=="
  raft_protocol    = 3
  num_schedulers   = 2

  server_join {
    retry_join     = ["10.0.1.10", "10.0.1.11", "10.0.1.12"]
    retry_max      = 5
    retry_interval = "15s"
  }

  default_scheduler_config {
    scheduler_algorithm             = "spread"
    memory_oversubscription_enabled = true

    preemption_config {
      batch_scheduler_enabled   = false
      system_scheduler_enabled  = true
      service_scheduler_enabled = false
    }
  }
}

autopilot {
  cleanup_dead_servers      = true
  last_contact_threshold    = "200ms"
  max_trailing_logs         = 250
  server_stabilization_time = "10s"
}

leave_on_interrupt = true
leave_on_terminate = true
