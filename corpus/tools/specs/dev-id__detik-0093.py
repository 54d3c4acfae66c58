d = Doc("dev-id/detik-0093.txt")
d.mark("person", "Andi Amran Sulaiman", "Amran", key="amran")
d.mark("person", "Bahlil Lahadalia", "Bahlil", key="bahlil")
d.mark("location", "Grand Ballroom Kempinski", "Jakarta", "RI", "Indonesia", "Amerika Serikat", "AS")
d.mark("organization", "Himpunan Pengusaha Muda Indonesia", "HIPMI", "Danantara Indonesia")

d.role("Menteri Pertanian (Mentan) Andi Amran Sulaiman", "Menteri Pertanian", "Andi Amran Sulaiman")
d.role("Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia", "Menteri Energi dan Sumber Daya Mineral", "Bahlil Lahadalia")

d.quote("indirect", "sempat mengancam negara-negara yang mempermainkan isu kerusakan lingkungan terkait perkebunan sawit",
        "<mengaku", ("amran", "<"))
d.quote("indirect", "akan menghentikan ekspor crude palm oil (CPO) kepada negara yang bersangkutan", "<mengaku", ("amran", "<"))
d.quote("direct", "Kami ketemu beberapa bilateral negara. Memprotes kerusakan lingkungan dan seterusnya. Aku katakan, 'nggak usah, sabar aja.' Nanti kan stop 2026, B50 kami stop ekspor ke negara Bapak. Dia bingung. Bahan bakunya habis nantinya. Ini ekspor kita, nanti kita setop impor, dengan Pak Bahlil. Luar biasa. Kita setop. Ini kita jadikan solar, kita bisa,",
        ">ungkap", ("amran", ">"))
d.quote("direct", "nggak usah, sabar aja.", "<katakan", ("amran", "<"))  # nested: "Aku katakan" (Amran)
d.quote("indirect", "RI menjadi salah satu negara pengendali CPO dunia", "<menegaskan", ("amran", "<"))
d.quote("direct", "Palm oil, CPO ini kita lihat, kita ekspor 26 juta ton. Kita gunakan dalam negeri 20 juta ton. Pengendali dunia adalah Indonesia,",
        ">tegasnya", ("amran", "<"))
d.quote("indirect", "jika Indonesia menghentikan ekspor, harga CPO dunia dapat bergejolak", "<menyebut", ("amran", "<"))
d.quote("indirect", "harga CPO bisa naik dua kali lipat", "<menyebut", ("amran", "<"))
d.quote("direct", "Kita tinggal memilih mana negara yang paling usil, kita kunci, hentikan ekspor ke sana,", ">tegasnya", ("amran", "<"))
d.quote("indirect", "Indonesia sempat menghentikan ekspor CPO, harganya naik 100% menjadi Rp 32.160 per kg", "<menambahkan",
        ("amran", "<"))
d.quote("direct", "Pada saat kita mencoba stop ekspor, CPO naik 100%. Nilai ekspor kita Rp 540 triliun. Artinya kalau kita hentikan, 5 juta ton kita hentikan (ekspor), ini bisa naik 2 kali lipat Rp 1.500 triliun hanya CPO,",
        ">pungkasnya", ("amran", "<"))
d.write()
