## app
