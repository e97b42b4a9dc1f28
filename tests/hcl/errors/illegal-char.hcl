a = @home
