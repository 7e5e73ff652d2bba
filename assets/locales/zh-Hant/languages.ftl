## languages: sessions in several languages
