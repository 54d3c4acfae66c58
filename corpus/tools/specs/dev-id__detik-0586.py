d = Doc("dev-id/detik-0586.txt")
d.mark("person", "Prasetyo Hadi", "Pras", key="pras")
d.mark("person", "Prabowo", key="prabowo")
d.mark("person", "Gibran", key="gibran")
d.mark("location", "Cikini", "Jakarta Pusat")
d.mark("organization", "Kementerian Haji", "Kemenag", "Kementerian BUMN")

d.role("Menteri Sekretaris Negara (Mensesneg) Prasetyo Hadi", "Menteri Sekretaris Negara", "Prasetyo Hadi")

d.quote("indirect", "Prabowo tidak menjadikan waktu sebagai patokan", "<mengungkap", ("pras", "<"))
d.quote("indirect", ["Yang terpenting bagi Prabowo", "yakni sejauh mana program-program berjalan"], "=kata", ("pras", ">"))
d.quote("direct", "Kita nggak ada patokan satu tahun, nggak ada patokan enam bulan,", ">kata", ("pras", ">"))
d.quote("direct", "Patokannya adalah programnya apa, sudah dikerjakan belum, ada kendala nggak, kalau ada kendala bagaimana kita cari jalan keluar,",
        ">lanjut", ("pras", ">"))
d.quote("indirect", "pemerintah terus bekerja untuk menjalankan program yang bermanfaat untuk rakyat", "<menegaskan", ("pras", "<"))
d.quote("indirect", "pemerintah belum puas saat ini", "<menyebut", ("pras", "<"))
d.quote("direct", "Jadi nggak ada patokan waktunya. Dan terus terang kita merasa memang belum puas,", ">ujarnya", ("pras", "<"))
d.quote("direct", "Kan dalam perjalanannya itu kan selalu tidak mungkin suatu perencanaan sejak awal itu sudah terlihat sempurna atau sudah digambarkan sempurna. Nah dalam perjalanannya kan kita menemukan bahwa, oh di sektor ini kita butuh perkuatan, oh di sektor ini terlalu besar kita butuh perampingan,",
        ">ujarnya", ("pras", "<"))
d.quote("indirect", "pada dasarnya penyempurnaan dan perbaikan terus dilakukan seiring berjalannya waktu", "<menekankan", ("pras", "<"))
d.quote("direct", "Contohnya, kita menemukan hampir sebagian besar pondok pesantren tidak memiliki izin bangunan. Kita lalai selama ini. Ya masak kemudian nggak boleh kita menambah satu direktorat khusus menangani masalah pondok pesantren dari sisi keamanan bangunan?",
        ">ujarnya", ("pras", "<"))
d.quote("indirect", "pembenahan hal yang wajar dan akan terus dilakukan untuk ke depan", "<Menurutnya", ("pras", "<"))
d.quote("direct", "Jadi cara berpikirnya itu adalah substantif, bukan kok kenapa sekarang tambah ini, seolah-olah seperti tidak ada perencanaan. Bagaimana kan sejak awal merencanakannya kita anggap sudah ideal, tapi dalam perjalanannya di sini masih butuh pembenahan,",
        ">ujarnya", ("pras", "<"))
d.quote("direct", "Ibarat pemain bola, kita merasa sudah main jago semua. Ya latihan setiap hari belum tentu menang, begitu main ternyata kita harus lakukan perubahan, kita janji,",
        ">lanjut", ("pras", ">"))
d.write()
