d = Doc("dev-id/indosum-02.txt")
d.mark("person", "Sri Mulyani Indrawati", "Sri Mulyani", "Ani", key="sri")
d.mark("location", "Semarang", "Jawa Tengah", "Gedung Prof Soedarto", "Indonesia", "Bandar Lampung", "Republik Indonesia")
d.mark("organization", "ANTARA News", "Universitas Diponegoro", "Undip", "Bank Dunia")

d.role("Menteri Keuangan Sri Mulyani Indrawati", "Menteri Keuangan", "Sri Mulyani Indrawati")

d.quote("indirect", "pemerintah akan terus mengejar konglomerat yang tidak taat pajak yang salah satunya ditunjukkan tidak dimilikinya Nomor Pokok Wajib Pajak (NPWP)",
        "<menegaskan", ("sri", "<"))
d.quote("direct", "Ya, ada saja (konglomerat, red.) yang tidak punya NPWP. Pertanyaan selanjutnya, apa langkah yang dilakukan? Ya kami kejar aja,",
        ">katanya", ("sri", "<"))
d.quote("indirect", "mereka yang merupakan warga negara Indonesia (WNI), tetapi kemudian memilih untuk tidak menjadi WNI bisa saja mereka keluar dari Indonesia",
        "<mengatakan", ("sri", "<"))
d.quote("direct", "Namun, selama dia adalah WNI dan he make money here. Dia membikin usaha, dan dari usahanya itu mendapatkan pendapatannya dari Republik Indonesia maka dia merupakan subjek dan objek pajak,",
        ">tegas", ("sri", ">"))
# "Menurut mantan Direktur Pelaksana Bank Dunia itu menjelaskan ...": the verb governing the clause is the cue
d.quote("indirect", 'upaya untuk mengoptimalkan pendapatan dari sektor pajak dilakukan pemerintah melalui program "tax amnesty" yang tinggal satu setengah bulan lagi',
        "<menjelaskan", ("sri", "<"))
d.quote("indirect", ["Dalam Undang-Undang Nomor 11/2016 tentang Pengampunan Pajak atau Tax Amnesty",
                     "memang menyebutkan yang belum memiliki NPWP diperbolehkan mendaftarkan untuk mendapatkan NPWP dan tahap pertama sudah berjalan"],
        "=kata", ("sri", "<"))
d.quote("direct", "Untuk tahap pertama, kami dapat hampir 40 ribu orang yang tidak punya NPWP. Kadang-kadang, harta yang di-disclose ternyata cukup besar. Makanya, Indonesia sebenarnya punya banyak potensi,",
        ">pungkas", ("sri", ">"))
d.write()
