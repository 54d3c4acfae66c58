d = Doc("dev-id/detik-0321.txt")
d.mark("person", "Sergei Domogatskii", "Mr. Terimakasih", "Sergei", key="sergei")
d.mark("person", "Ariasandy", key="ariasandy")
d.mark("location", "Rusia", "Pelabuhan Sanur", "Pantai Sanur", "Jimbaran")
d.mark("organization", "Polda Bali", "Ditreskrimum Polda Bali")

d.role("Kabid Humas Polda Bali Kombes Ariasandy", "Kabid Humas", "Ariasandy", aff="Polda Bali")

d.quote("indirect", "menjadi korban penculikan di kawasan Pelabuhan Sanur, Jumat (17/10/2025)", "<mengaku", ("sergei", "<"))
d.quote("indirect", "lima orang tak dikenal menculik dan menganiayanya selama tujuh jam serta dipaksa menyerahkan uang US$ 1 juta",
        "<menyebut", ("sergei", "<"))
d.quote("direct", "Saya diculik dari motor ke mobil. Kejadiannya, malam hari,", ">kata", ("sergei", ">"))
d.quote("indirect", "peristiwa itu terjadi saat dirinya mengendarai motor", "<menjelaskan", ("sergei", "<"))
d.quote("indirect", "kedua orang itu berpakaian menyerupai seragam polisi dan mengenakan topeng hitam", "<Menurut", ("sergei", "<"))
d.quote("indirect", "kepalanya ditutup tas kresek hitam dan dipaksa masuk ke dalam mobil", "<mengaku", ("sergei", "<"))
d.quote("direct", "Sampai di sana saya tahu ada tiga orang lain. Tutup kepala saya tidak terlalu rapat jadi masih bisa melihat kaki mereka,",
        ">katanya", ("sergei", "<"))
d.quote("indirect", "tangannya diikat dan dirinya dianiaya selama tujuh jam", "<mengaku", ("sergei", "<"))
d.quote("direct", "Tangan saya diikat. Saya (disetrum) listrik. Kepala saya (ditutup) pakai kantong plastik hitam. Saya nggak bisa bernafas,",
        ">ujarnya", ("sergei", "<"))
d.quote("indirect", "dibawa keluar dan dibuang di sebuah lokasi yang tidak ia kenal", "<mengaku", ("sergei", "<"))
d.quote("direct", "Mereka bawa saya ke mobil dan dibuang di sawah,", ">katanya", ("sergei", "<"))
d.quote("indirect", "laporan dugaan penculikan terhadap Sergei telah diterima pada 18 Oktober 2025", "<mengatakan", ("ariasandy", "<"))
d.quote("direct", "Masalah dugaan penculikan, dia sudah lapor. Sementara masih diselidiki tim kami,", ">kata", ("ariasandy", ">"))
d.quote("indirect", "dua warga negara Rusia sudah diperiksa sebagai saksi", "<menyebut", ("ariasandy", "<"))
d.quote("indirect", "dua orang asing terlihat mondar-mandir di depan rumah Sergei", "<menyebut")  # "ada kesaksian yang menyebut"
d.quote("direct", "Jadi kami fokus dulu untuk memastikan laporannya betul. Apakah betul terjadi tindak pidana. Baru kami tindak lanjuti,",
        ">ujarnya", ("ariasandy", "<"))
d.quote("direct", "Titik terang, belum. Sergei mengaku tidak kenal orang-orang itu. Hanya dia menduga berbadan tegap. Pakai baju seragam seolah olah polisi,",
        ">katanya", ("ariasandy", "<"))
d.write()
