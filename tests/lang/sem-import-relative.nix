let d = import ./sem-data/dir; in [ d.sub.inner d.sub.self d.msg d.here d.file d.parent d.up ]
