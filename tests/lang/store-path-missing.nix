"${./store-data/does-not-exist}"
