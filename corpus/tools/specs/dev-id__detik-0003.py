d = Doc("dev-id/detik-0003.txt")
d.mark("person", "Purbaya Yudhi Sadewa", "Purbaya", key="purbaya")
d.mark("person", "Soeharto", "Harto", key="soeharto")
d.mark("location", "Maluku Utara", "Indonesia")
d.mark("organization", "Youtube", "Kemendagri", "TPIP", "TPID")
d.force("organization", "detikNews", "dikutipdetikNews")

d.role("Menteri Keuangan Purbaya Yudhi Sadewa", "Menteri Keuangan", "Purbaya Yudhi Sadewa")
d.role("Presiden ke-2 Soeharto", "Presiden ke-2", "Soeharto")

d.quote("indirect", "kepala daerah penting dalam menjaga inflasi", "<menilai", ("purbaya", "<"))
d.quote("indirect", "dari 38 provinsi, 37 di antaranya tercatat inflasi positif, hanya 1 provinsi, yaitu Maluku Utara yang mengalami sedikit deflasi",
        "<menyebut", ("purbaya", "<"))
d.quote("direct", "Kalau kita lihat 25 provinsi sudah berada dalam rentang target nasional, artinya pengendalian di daerah berjalan cukup baik,",
        ">kata", ("purbaya", ">"))
d.quote("indirect", "inflasi yang terkendali dapat menjaga stabilitas sosial politik", "<Menurut", ("purbaya", ">"))
d.quote("direct", "Saya ingin cerita dikit kenapa inflasi itu penting, yang pertama, inflasi itu bisa menjaga stabilitas sosial politik,",
        ">tuturnya", ("purbaya", "<"))
d.quote("direct", "Jadi salah satu rahasia kenapa Pak Harto itu bisa bertahan 32 tahun adalah beliau bisa menjaga stabilitas harga, beras utamanya, yang lain akan ikut harga beras,",
        ">lanjut", ("purbaya", "<"))
d.quote("indirect", "menjaga inflasi sangat penting sekali, karena selain untuk menjaga harga pangan dan stabilitas sosial politik, tetapi dapat meningkatkan popularitas pemimpin di daerah",
        "<menilai", ("purbaya", "<"))
d.quote("indirect", "jika kepala daerah dapat mengendalikan inflasi, hampir pasti dapat terpilih lagi di Pemilu", "<Menurutnya",
        ("purbaya", "<"))
d.quote("direct", "Jadi inflasi ini amat sangat penting sekali, juga untuk meningkatkan popularitas pemimpin daerah. Kalau di daerahnya harganya nggak terkendali, pasti nanti ke depannya kalau ada Pemilu nggak kepilih lagi,",
        ">katanya", ("purbaya", "<"))
d.quote("direct", "Kalau Bapak-bapak Ibu-ibu bisa mengendalikan harga daerah, hampir pasti bisa kepilih lagi, tanpa embel-embel yang lain ya. Jadi perut masih merupakan alat politik utama di Indonesia,",
        ">kata", ("purbaya", ">"))
d.quote("indirect", "keterjangkauan harga di berbagai wilayah membaik, karena pasokan lancar dan distribusi antar daerah semakin efisien",
        "<mengatakan", ("purbaya", "<"))
d.quote("direct", "Jadi tugas kita sekarang bukan hanya menahan inflasi tetap rendah tapi juga menjaga stabilitas harga dan pasokan secara berkelanjutan,",
        ">katanya", ("purbaya", "<"))
d.write()
