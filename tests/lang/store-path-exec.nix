"${./store-data/exec.sh}"
