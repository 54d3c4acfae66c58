d = Doc("dev-id/detik-0772.txt")
d.mark("person", "Luhut Binsar Pandjaitan", "Luhut", key="luhut")
d.mark("person", "Purbaya Yudhi Sadewa", key="purbaya")
d.mark("person", "Prabowo Subianto", key="prabowo")
d.mark("person", "Rosan Roeslani", "Rosan", key="rosan")
d.mark("location", "Jakarta", "Bandung", "JS Luwansa")
d.mark("organization", "Dewan Ekonomi Nasional", "DEN", "Danantara")

d.role("Ketua Dewan Ekonomi Nasional (DEN) Luhut Binsar Pandjaitan", "Ketua", "Luhut Binsar Pandjaitan", aff="Dewan Ekonomi Nasional")
d.role("Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa", "Menteri Keuangan", "Purbaya Yudhi Sadewa")
d.role("Presiden Prabowo Subianto", "Presiden", "Prabowo Subianto")
d.role("Kepala Danantara, Rosan Roeslani", "Kepala", "Rosan Roeslani", aff="Danantara")

d.quote("indirect", "tidak ada transportasi publik di dunia yang benar-benar menguntungkan", "<menegaskan", ("luhut", "<"))
d.quote("indirect", "pemerintah enggan menggunakan dana APBN untuk membayar utang proyek tersebut", "<menyebut", ("purbaya", "<"))
d.quote("direct", "Tapi ingat ya, tidak ada transportasi publik di dunia ini yang menguntungkan. Selalu banyak subsidi pemerintah. Tapi tentu harus subsidi yang betul-betul terukur,",
        ">tegas", ("luhut", ">"))
d.quote("indirect", "pemerintah sedang menyiapkan tim restrukturisasi untuk menyelesaikan persoalan utang Whoosh", "<mengungkapkan",
        ("luhut", "<"))
d.quote("direct", "Sekarang sedang dikerjakan dari kantor saya. Saya yang paling paham betul mengenai itu. Dan tadi pagi saya tanya, kita tinggal menunggu Keppres saja, dari Presiden mengenai timnya,",
        ">jelasnya", ("luhut", "<"))
d.quote("indirect", "telah berkoordinasi dengan Kepala Danantara, Rosan Roeslani, terkait penyelesaian utang kereta cepat", "<mengatakan",
        ("luhut", "<"))
d.quote("direct", "(Utang dibayar pakai dividen?) Nanti kita lihat lah. Sama seperti LRT, mungkin ada gap-nya berapa triliun. Nanti dari situ kita cicil, sehingga proyeknya tetap bisa jalan,",
        ">tutupnya", ("luhut", "<"))
d.write()
