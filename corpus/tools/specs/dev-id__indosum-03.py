d = Doc("dev-id/indosum-03.txt")
d.mark("person", "Enggartiasto Lukita", "Enggar", key="enggar")
d.mark("location", "Jakarta", "Vietnam", "Thailand", "Jawa")
d.mark("organization", "ANTARA News", "Kementerian Perdagangan", "PT Perusahaan Perdagangan Indonesia", "PPI", "Satgas Pangan",
       "Bulog")

d.role("Menteri Perdagangan Enggartiasto Lukita", "Menteri Perdagangan", "Enggartiasto Lukita")

d.quote("indirect", "impor beras khusus sebanyak 500.000 ton yang didatangkan dari Vietnam dan Thailand pada akhir Januari nanti dilakukan tanpa menggunakan biaya APBN",
        "<menyatakan", ("enggar", "<"))
d.quote("indirect", "impor beras dilakukan dan didistribusikan oleh PT Perusahaan Perdagangan Indonesia (Persero) dengan bermitra bersama perusahaan beras lainnya",
        "<mengatakan", ("enggar", "<"))
d.quote("direct", "Tidak ada dana APBN. Itu pasti. PPI menjadi pintu sehingga kami bisa mengatur. Mereka bisa bermitra dengan pengusaha beras,",
        ">kata", ("enggar", ">"))
d.quote("indirect", "Kementerian Perdagangan menugaskan perusahaan BUMN tersebut untuk melakukan impor beras", "<menjelaskan",
        ("enggar", "<"))
d.quote("indirect", "keputusan untuk melakukan impor beras dilakukan setelah pemerintah, Satgas Pangan dan Bulog melakukan operasi pasar (OP) sejak November-Desember 2017 untuk menekan harga beras medium yang kian meningkat",
        "<Menurut", ("enggar", "<"))
d.quote("direct", "Dampaknya tidak nendang. Tidak memberikan penurunan harga. Bahkan, memang sesaat terjadi stagnan tidak naik, kemudian terjadi kenaikan sedikit, dan awal Januari terus meningkat secara tajam,",
        ">ungkapnya", ("enggar", "<"))
d.quote("indirect", "jenis beras yang diimpor bukanlah jenis beras premium, melainkan beras khusus yang tidak ditanam di dalam negeri dan nantinya dijual sesuai dengan harga beras medium, seperti yang diatur dalam Peraturan Menteri Perdagangan Nomor 1/2018 tentang Ekspor dan Impor Beras",
        "<menambahkan", ("enggar", "<"))
d.quote("direct", "Dijual dengan harga medium, di sana harganya lebih murah impor itu. Kami sudah sepakati untung tidak boleh gede-gede,",
        ">kata", ("enggar", ">"))
d.write()
