d = Doc("dev-id/detik-0680.txt")
d.mark("person", "Iriansyah", key="iriansyah")
d.mark("person", "Sulpakar", key="sulpakar")
d.mark("person", "Ananda Fauzi Harahap", key="ananda")
d.mark("person", "Risal", key="risal")
d.mark("location", "Sulawesi Selatan", "Sulsel", "Mallusetasi", "Barru", "Kelurahan Mallawa", "Kecamatan Mallusetasi")
d.mark("organization", "Propam Polres Barru", "Propam", "Polres Barru", "DPRD Barru", "DPRD", "CNN")
d.force("organization", "propam", "pemeriksaan propam itu")
d.force("organization", "detikSulsel", "kepadadetikSulsel,Jumat")
d.force("organization", "detikSulsel", "kepadadetikSulsel,Kamis")

d.role("Kapolsek Mallusetasi AKP Iriansyah", "Kapolsek", "Iriansyah", aff="Mallusetasi")
d.role("Kasi Humas Polres Barru Iptu Sulpakar", "Kasi Humas", "Sulpakar", aff="Polres Barru")
d.role("Kapolres Barru AKBP Ananda Fauzi Harahap", "Kapolres", "Ananda Fauzi Harahap", aff="Barru")
d.role("Kapolsek Iriansyah", "Kapolsek", "Iriansyah")
d.role("Kontributor CNN, Risal", "Kontributor", "Risal", aff="CNN")

d.quote("direct", "Diperiksa (Propam) toh. Dimintai keterangan apa semua,", ">ungkap", ("sulpakar", ">"))
d.quote("indirect", "pemeriksaan propam itu untuk mendengar duduk perkara dari pihak Iriansyah", "<mengatakan", ("sulpakar", "<"))
d.quote("indirect", "masalah itu harus diselesaikan dengan mendengar keterangan dari kedua belah pihak", "<mengatakan", ("sulpakar", "<"))
d.quote("direct", "Dimintai bagaimana duduk persoalannya yang benar. Karena kan kalau satu pihak didengar, pasti kan mau menang sendiri semua orang, tidak tahu duduk persoalannya,",
        ">katanya", ("sulpakar", "<"))
d.quote("direct", "Iya, sudah dipanggil (Kapolres), dimintai klarifikasi. Iya, klarifikasinya bagaimana, begitu,", ">ujarnya",
        ("sulpakar", "<"))
d.quote("indirect", "persoalan video Kapolsek yang beredar itu hanya sekadar kesalahpahaman", "<menuturkan", ("sulpakar", "<"))
d.quote("indirect", "kedua belah pihak itu sudah dipertemukan dan dimediasi", "<mengatakan", ("sulpakar", "<"))
d.quote("indirect", "Kapolsek Iriansyah tidak berniat melarang wartawan untuk liputan di lokasi tersebut", "<mengungkapkan",
        ("sulpakar", "<"))
d.quote("direct", "Mungkin begini, lain maknanya dia, lain maknanya dari pihak rekan (wartawan) kita gitu. Itu, bukan dia bilang dilarang, tidak, bukan begitu. Tapi kan momennya itu dia marah, itu yang dijadikan, diangkat (sebagai intimidasi),",
        ">ujarnya", ("sulpakar", "<"))
d.quote("direct", "Iya betul tadi dilarang sama Pak Kapolsek ambil gambar. Saya juga kaget karena langsung menunjuk ke saya melarang merekam,",
        ">ungkap", ("risal", ">"))
d.write()
