d = Doc("dev-id/detik-0289.txt")
d.mark("person", "Susan Illston", "Illston", key="illston")
d.mark("person", "Donald Trump", "Trump", key="trump")
d.mark("person", "Russell Vought", key="vought")
d.mark("person", "Elizabeth Hedges", key="hedges")
d.mark("location", "Amerika Serikat", "AS")
d.mark("organization", "Reuters", "Gedung Putih", "Partai Demokrat AS", "Departemen Kehakiman AS", "Dewan Buruh Federal")

d.role("Hakim Distrik Amerika Serikat (AS), Susan Illston", "Hakim Distrik", "Susan Illston", aff="Amerika Serikat")
d.role("Presiden AS, Donald Trump", "Presiden", "Donald Trump", aff="AS")
d.role("Direktur Anggaran Gedung Putih, Russell Vought", "Direktur Anggaran", "Russell Vought", aff="Gedung Putih")
d.role("pengacara Departemen Kehakiman AS, Elizabeth Hedges", "pengacara", "Elizabeth Hedges", aff="Departemen Kehakiman AS")

d.quote("indirect", "akan ada PHK lebih dari 10.000 pekerja", "<menyebut", ("vought", "<"))
d.quote("direct", "Anda tidak bisa melakukan itu di negara hukum. Dan kami punya hukum di sini, dan hal-hal yang diartikulasikan di sini tidak sesuai hukum,",
        ">kata", ("illston", ">"))
d.quote("indirect", "serikat pekerja harus mengajukan tuntutan mereka ke Dewan Buruh Federal sebelum mengajukan gugatan di pengadilan",
        "<menyebut", ("hedges", "<"))
d.quote("direct", "Kapak perang jatuh di kepala karyawan di seluruh negeri, dan Anda bahkan tidak siap untuk membahas apakah itu legal,",
        ">tegasnya", ("illston", "<"))
d.write()
