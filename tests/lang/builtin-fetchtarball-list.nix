fetchTarball [ ]
