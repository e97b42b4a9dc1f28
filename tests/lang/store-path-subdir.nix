# contains an executable, a nested directory and a symlink pointing outside it
[ "${./store-data/tree/sub}" "${./store-data/tree/sub/deeper}" ]
