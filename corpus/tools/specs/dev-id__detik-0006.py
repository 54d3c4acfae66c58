d = Doc("dev-id/detik-0006.txt")
d.mark("person", "Prabowo Subianto", "Prabowo", key="prabowo")
d.mark("person", "Joko Widodo", "Jokowi", key="jokowi")
d.mark("location", "Istana Negara", "Jakarta Pusat", "Argentina")
d.mark("organization", "G20")

d.role("Presiden Prabowo Subianto", "Presiden", "Prabowo Subianto")
d.role("Presiden ke-7 Joko Widodo", "Presiden ke-7", "Joko Widodo")
d.role("saya, Presiden Joko Widodo", "Presiden", "Joko Widodo")

d.quote("indirect", "pemerintahannya berhasil menjaga pertumbuhan ekonomi tetap positif", "<menyebut", ("prabowo", "<"))
d.quote("indirect", "pertumbuhan ekonomi 5,12% merupakan salah satu yang tertinggi di antara negara G20", "<Menurutnya", ("prabowo", "<"))
d.quote("direct", "Alhamdulillah kita mampu menjaga pertumbuhan ekonomi masih tetap tinggi dibanding seluruh dunia. Kita berada di 5% diantara G20 kita salah satu yang tertinggi dengan kondisi sekarang,",
        ">ujar", ("prabowo", ">"))
d.quote("indirect", "capaian ini tak lepas dari kerja sama semua pihak yang tidak diajarkan di fakultas ekonomi dunia", "<menyebut",
        ("prabowo", "<"))
d.quote("direct", "Ini juga berkat hasil kerja keras kita semua. Kita punya teknik-teknik memantau dan mengendalikan inflasi, saya kira yang kurang diajarkan di fakultas fakultas ekonomi dunia,",
        ">sebut", ("prabowo", ">"))
d.quote("indirect", "teknik pengendalian inflasi telah dirintis oleh Presiden ke-7 Joko Widodo (Jokowi)", "<Menurut", ("prabowo", ">"))
d.quote("direct", "Ini saya harus katakan salah satu teknik mengendalikan inflasi yang dirintis oleh pendahulu saya, Presiden Joko Widodo. Harus kita akui mungkin pengalaman beliau sebagai walikota sehingga beliau dengan teliti bisa menemukan bagaimana memantau dan mengendalikan inflasi,",
        ">beber", ("prabowo", ">"))
d.quote("indirect", "hal ini tidak bisa dianggap remeh mengingat banyak negara kewalahan menghadapi inflasi", "<menyebut", ("prabowo", "<"))
d.quote("direct", "Ini jangan dianggap remeh. Banyak negara hebat pertumbuhannya, inflasinya sangat luar biasa. Industrinya bagus, inflasinya sangat tinggi. Argentina saya kira yang begitu optimis satu dua tahun lalu, kondisinya sekarang juga tidak bagus. Dan banyak negara yang inflasi masih sulit untuk dikendalikan,",
        ">imbuhnya", ("prabowo", "<"))
d.write()
