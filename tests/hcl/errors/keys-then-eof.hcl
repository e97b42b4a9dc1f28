client
