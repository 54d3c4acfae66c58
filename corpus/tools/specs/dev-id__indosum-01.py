d = Doc("dev-id/indosum-01.txt")
d.mark("person", "Zumi Zola", "Zumi", key="zumi")
d.mark("person", "Arfan", key="arfan")
d.mark("person", "Basaria Panjaitan", "Basaria", key="basaria")
d.mark("location", "Jakarta", "Jambi", "Amerika Serikat", "Kabupaten Tanjung Jabung Timur", "Kota Jambi", "Gedung KPK",
       "Provinsi Jambi")
d.mark("organization", "CNN Indonesia", "Komisi Pemberantasan Korupsi", "KPK", "Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi",
       "Polda Jambi", "DPRD Jambi", "Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM")

d.role("Gubernur Jambi Zumi Zola dan Pelaksana tugas (Plt) Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi, Arfan sebagai",
       "Gubernur", "Zumi Zola", aff="Jambi")
d.role("Pelaksana tugas (Plt) Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi, Arfan sebagai", "Pelaksana tugas (Plt) Kepala",
       "Arfan", aff="Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi")
d.role("Wakil Ketua KPK Basaria Panjaitan", "Wakil Ketua", "Basaria Panjaitan", aff="KPK")
d.role("Gubernur Jambi Zumi Zola dan Pelaksana tugas (Plt) Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi, Arfan ditetapkan",
       "Gubernur", "Zumi Zola", aff="Jambi")
d.role("Pelaksana tugas (Plt) Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi, Arfan ditetapkan", "Pelaksana tugas (Plt) Kepala",
       "Arfan", aff="Dinas Pekerjaan Umum dan Perumahan Rakyat Jambi")

d.quote("direct", "Tim penyidik juga menyita sejumlah dokumen dan uang dalam pecahan rupiah dan dolar Amerika Serikat dalam kegiatan penggeledahan,",
        ">kata", ("basaria", ">"))
d.quote("indirect", "tim penyidik masih berada di Jambi untuk melakukan pengembangan", "<Menurut", ("basaria", "<"))
d.quote("direct", "Jumlah uang masih dihitung, penyidik masih terus melakukan pengembangan dalam perkara ini,", ">tuturnya",
        ("basaria", "<"))
d.quote("indirect", "pihaknya juga langsung melakukan pemeriksaan terhadap sejumlah saksi usai menggeledah tiga lokasi", "<menyebut",
        ("basaria", "<"))
d.quote("direct", "Pemeriksaan terhadap 13 orang saksi dari unsur pejabat pemerintah provinsi, PNS dan swasta,", ">ujarnya",
        ("basaria", "<"))
d.write()
