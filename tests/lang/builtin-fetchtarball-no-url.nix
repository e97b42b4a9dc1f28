fetchTarball { }
