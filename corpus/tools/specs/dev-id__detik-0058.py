d = Doc("dev-id/detik-0058.txt")
d.mark("person", "Sri Mulyani", key="srimulyani")
d.mark("person", "Deni Surjantoro", "Deni", key="deni")
d.mark("location", "Indonesia")
d.mark("organization", "Kementerian Keuangan", "Kemenkeu", "ITB", "Badan Anggaran", "Banggar", "DPR RI")
d.force("organization", "detikFinance", "daridetikFinance")

d.role("Menteri Keuangan Sri Mulyani yang menyebut", "Menteri Keuangan", "Sri Mulyani")
d.role("Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu, Deni Surjantoro", "Kepala Biro Komunikasi dan Layanan Informasi",
       "Deni Surjantoro", aff="Kemenkeu")
d.role("Menteri Keuangan Sri Mulyani menyatakan", "Menteri Keuangan", "Sri Mulyani")

d.quote("direct", "guru itu beban negara", "<menyebut", ("srimulyani", "<"))
d.quote("indirect", "potongan video tersebut dipastikan tidak benar alias hoax", "<mengatakan", ("deni", "<"))
d.quote("indirect", "video tersebut merupakan hasildeepfakeatau kecerdasan buatan (AI) dari pidato Sri Mulyani dalam Forum Konvensi Sains, Teknologi dan Industri Indonesia di ITB pada 7 Agustus 2025",
        "<Menurutnya", ("deni", "<"))
d.quote("direct", "Potongan video yang menampilkan seolah-olah Menteri Keuangan Sri Mulyani menyatakan guru adalah beban negara itu HOAX. Faktanya, Menteri Keuangan tidak pernah menyatakan bahwa guru adalah beban negara,",
        ">kata", ("deni", ">"))
d.quote("indirect", "menerima banyak keluhan di media sosial terkait kecilnya gaji guru dan dosen di Indonesia", "<mengaku",
        ("srimulyani", "<"))
d.quote("indirect", "permasalahan itu menjadi tantangan bagi keuangan negara", "<bilang", ("srimulyani", "<"))
d.quote("direct", "Banyak di media sosial saya selalu mengatakan, menjadi dosen atau menjadi guru tidak dihargai karena gajinya nggak besar, ini salah satu tantangan bagi keuangan negara,",
        ">kata", ("srimulyani", ">"))
d.quote("indirect", "permasalahan itu menimbulkan pertanyaan mendasar: apakah seluruh beban pembiayaan guru dan dosen harus ditanggung oleh anggaran negara atau bisa dibantu melalui partisipasi masyarakat",
        "<Menurut", ("srimulyani", ">"))
d.quote("direct", "Apakah semuanya harus keuangan negara ataukah ada partisipasi dari masyarakat,", ">katanya", ("srimulyani", "<"))
d.write()
