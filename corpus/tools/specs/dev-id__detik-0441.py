d = Doc("dev-id/detik-0441.txt")
d.mark("person", "Abdul Mu'ti", "Mu'ti", key="muti")
d.mark("person", "Dadan Hindayana", key="dadan")
d.mark("location", "Mataram", "Nusa Tenggara Barat", "NTB")
d.mark("organization", "detikBali", "Badan Gizi Nasional", "BGN", "Badan Gizi")

d.role("Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Abdul Mu'ti", "Menteri Pendidikan Dasar dan Menengah", "Abdul Mu'ti")
d.role("Kepala Badan Gizi Nasional (BGN) Dadan Hindayana", "Kepala", "Dadan Hindayana", aff="Badan Gizi Nasional")

d.quote("indirect", "usulan ini belum dijadikan keputusan", "<mengatakan", ("muti", "<"))
d.quote("direct", "Ini belum keputusan ya, saya sudah sampaikan kepada Pak Kepala BGN, karena kan pelaksanaannya bukan kami, pelaksananya Badan Gizi. Beliau menyampaikan 'Pak bagaimana dengan gagasan saya tentang school kitchen itu?' Nah beliau menyampaikan itu dimungkinkan,",
        ">ujar", ("muti", ">"))
# nested quote; the text says "Beliau" (= Pak Kepala BGN, Dadan Hindayana), so that is the speaker
d.quote("direct", "Pak bagaimana dengan gagasan saya tentang school kitchen itu?", "<menyampaikan", ("dadan", "<"))
d.quote("indirect", "penerapan school kitchen sangat dimungkinkan selama jumlah penerima MBG di masing-masing sekolah sudah ditetapkan",
        "<mengatakan", ("muti", "<"))
d.quote("direct", "Pertama mungkin jumlah muridnya akan ditentukan. Yang kedua tentu harus distandardisasi dapurnya,", ">jelasnya",
        ("muti", "<"))
d.quote("indirect", "sekolah akan diberikan kesempatan untuk mengelola school kitchen sendiri apabila SPPG di wilayah tertentu kapasitasnya sudah penuh",
        "<Menurut", ("muti", ">"))
d.quote("direct", "Kemungkinan ada peluang sekolah-sekolah itu menjadi penyelenggara MBG yang berbasis per sekolahan. Tapi ada beberapa sekolah yang memang sudah siap. Terutama misalnya sekolah yang berbasis asrama,",
        ">ujarnya", ("muti", "<"))
d.quote("indirect", "sekolah berbasis asrama biasanya sudah memiliki pengalaman dalam menyediakan makanan bagi banyak siswa", "<menjelaskan",
        ("muti", "<"))
d.quote("direct", "Itu kan dia ada yang sudah punya (siswa) di atas seribu, sudah punya pengalaman mengelola itu tinggal nanti diberikan supervisi kemudian ditentukan standarnya. Saya kira yang seperti ini kan tidak perlu dikirim dari luar,",
        ">tegasnya", ("muti", "<"))
d.write()
