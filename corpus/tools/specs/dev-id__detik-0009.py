d = Doc("dev-id/detik-0009.txt")
d.mark("person", "Wahyu Hidayat", "Wahyu", key="wahyu")
d.mark("location", "Kota Malang", "Malang")
d.mark("organization", "Pemerintah Kota Malang", "Tim Pengendalian Inflasi Daerah", "TPID", "Bulog")

d.drop("Kota Malang", "Wali Kota Malang Wahyu")
d.role("Wali Kota Malang Wahyu Hidayat", "Wali Kota", "Wahyu Hidayat", aff="Malang")

d.quote("indirect", "capaian ini tidak lepas dari langkah cepat dan terukur pemerintah daerah bersama Tim Pengendalian Inflasi Daerah (TPID)",
        "<menyampaikan", ("wahyu", "<"))
d.quote("direct", "Alhamdulillah inflasi di Kota Malang terkendali. Setiap hari Senin, Bapak Menteri Dalam Negeri selalu memantau laporan inflasi dari seluruh daerah, dan kita termasuk yang mendapat apresiasi,",
        ">ujar", ("wahyu", ">"))
d.quote("indirect", "sebelum dirinya menjabat, angka inflasi sempat tinggi, namun berhasil ditekan melalui sejumlah intervensi yang dilakukan secara konsisten",
        "<menambahkan", ("wahyu", "<"))
d.quote("indirect", "strategi pengendalian inflasi dilakukan dengan memantau harga dan stok bahan pokok di lapangan secara berkala",
        "<Menurut", ("wahyu", ">"))
d.quote("direct", "Jika ada bahan pokok yang naik, kami langsung turun untuk intervensi agar harga segera terkendali,", ">jelasnya",
        ("wahyu", "<"))
d.quote("indirect", ["Beberapa komoditas", "memang kerap menjadi tantangan"], "=lanjut", ("wahyu", ">"))
d.quote("direct", "Cabai ini memang selalu berfluktuasi, kadang naik karena pasokan berkurang. Tapi kalau harganya terlalu tinggi, kita datangkan dari daerah lain yang lebih murah supaya bisa stabil kembali,",
        ">katanya", ("wahyu", "<"))
d.quote("indirect", "pengendalian inflasi dilakukan tidak hanya menjelang hari besar, tetapi sepanjang tahun agar daya beli masyarakat tetap terjaga",
        "<memastikan", ("wahyu", "<"))
d.quote("direct", "Situasi inflasi di Kota Malang saat ini aman dan terkendali. Kuncinya adalah koordinasi rutin dan intervensi cepat di lapangan,",
        ">tegas", ("wahyu", ">"))
d.write()
