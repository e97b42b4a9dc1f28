toString {}
