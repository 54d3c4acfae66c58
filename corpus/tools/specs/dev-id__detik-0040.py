d = Doc("dev-id/detik-0040.txt")
d.force("person", "Purbaya Yudhi Sadewa", "(Menkeu)Purbaya Yudhi Sadewabuka", key="purbaya")
d.mark("person", "Purbaya", key="purbaya")
d.drop("Purbaya", "'Lapor Pak Purbaya'")  # inside the name of a hotline
d.mark("person", "Bimo Wijayanto", "Bimo", key="bimo")
d.mark("location", "Kompleks Istana Kepresidenan", "Jakarta")
d.mark("organization", "Ditjen Pajak", "Kementerian Keuangan", "DPJ")
d.force("organization", "WhatsApp", "WhatsApp0822")

d.role("Menteri Keuangan (Menkeu)Purbaya Yudhi Sadewa", "Menteri Keuangan", "Purbaya Yudhi Sadewa")
d.role("Direktur Jenderal Pajak (Dirjen Pajak) Bimo Wijayanto", "Direktur Jenderal Pajak", "Bimo Wijayanto")

d.quote("indirect", "dirinya akan melihat perkembangan ke depannya, termasuk melalui hotline 'Lapor Pak Purbaya' di WhatsApp0822-4040-6600",
        "<Menurut", ("purbaya", ">"))
d.quote("indirect", "akan memonitor apakah masih ada pegawai pajak yang nekat atau tidak", "<menyebut", ("purbaya", "<"))
d.quote("direct", "Nanti kita lihat, kan. Saya sudah buka pengaduan ke masyarakat langsung saya, kan. Nanti kita monitor ke depan, masih ada yang nekat apa nggak,",
        ">sebut", ("purbaya", ">"))
d.quote("indirect", "belum mengetahuinya", "<mengaku", ("purbaya", "<"))
d.quote("indirect", "belum mendapat laporan dari Ditjen Pajak mengenai hal tersebut", "<mengaku", ("purbaya", "<"))
d.quote("direct", "Saya nggak tahu, Pak Bimo, itu belum sampai saya,", ">sebutnya", ("purbaya", "<"))
d.quote("indirect", "jumlah pegawai pajak yang diproses mencapai 13 orang", "<Menurut", ("bimo", ">"))
d.quote("indirect", "jumlah pegawai pajak yang diperiksa masih berpotensi bertambah", "<Menurut", ("bimo", ">"))
d.quote("direct", "Masih ada 13 lagi yang kami proses. Nanti akan berkembang ya, jadi nggak cuma segitu. Mudah-mudahan sih stop, kalau orangnya udah baik-baik semua kan,",
        ">ujar", ("bimo", ">"))
d.write()
