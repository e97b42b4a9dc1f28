telemetry {
  collection_interval        = "10s"
  disable_hostname           = true
  prometheus_metrics         = true
  publish_allocation_metrics = true
  publish_node_metrics       = true
  statsd_address             = "127.0.0.1:8125"
  filter_default             = false
  prefix_filter              = ["+nomad.client.allocs", "-nomad.raft", "+nomad.nomad.rpc"]
}

limits {
  https_handshake_timeout   = "5s"
  http_max_conns_per_client = 100
  rpc_max_conns_per_client  = 100
}

# GC thresholds are percentages; they may be fractional.
client {
  enabled                  = true
  gc_interval              = "1m"
  gc_disk_usage_threshold  = 80.5
  gc_inode_usage_threshold = 70
  gc_max_allocs            = 50
  gc_parallel_destroys     = 2
  cpu_total_compute        = 12000
}

server {
  heartbeat_grace           = "10s"
  max_heartbeats_per_second = 50.0
  node_gc_threshold         = "24h"
  raft_multiplier           = 1
}
