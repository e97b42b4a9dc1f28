# the symlink itself is copied, not its target
[ "${./store-data/link-to-hello}" "${./store-data/tree/link}" "${./store-data/hello.txt}" ]
