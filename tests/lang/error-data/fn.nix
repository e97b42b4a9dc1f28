{ name
, version
}:
name + "-" + version
