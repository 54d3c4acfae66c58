d = Doc("dev-id/detik-0424.txt")
d.mark("person", "Said Abdullah", "Said", key="said")
d.mark("person", "Prabowo", key="prabowo")
d.mark("location", "The Trans Luxury Hotel", "Jawa Barat", "Indonesia")
d.mark("organization", "Badan Anggaran", "Banggar", "DPR RI", "Kantor Staf Presiden", "KSP", "Sekretariat Kabinet",
       "PDI Perjuangan", "Universitas Kebangsaan Republik Indonesia", "UKRI")

d.role("Ketua Badan Anggaran (Banggar) DPR RI, Said Abdullah", "Ketua", "Said Abdullah", aff="Badan Anggaran")
d.role("Presiden Prabowo", "Presiden", "Prabowo")

d.quote("indirect", "evaluasi terhadap para menteri merupakan hak prerogatif Presiden", "<menegaskan", ("said", "<"))
d.quote("indirect", "pergantian menteri sepenuhnya bergantung pada kepentingan strategis Presiden, bukan faktor lain", "<menyebut",
        ("said", "<"))
d.quote("direct", "Presiden memiliki hak prerogatif untuk melakukan evaluasi atas kinerja para menteri. Sebab para menteri dipilih dan diangkat oleh Presiden. Para menteri adalah pembantu Pak Presiden,",
        ">ujar", ("said", ">"))
d.quote("indirect", "untuk mendukung proses evaluasi yang objektif, Presiden memiliki sejumlah lembaga teknis seperti Kantor Staf Presiden (KSP), Sekretariat Kabinet, dan staf khusus di berbagai bidang",
        "<mengatakan", ("said", "<"))
d.quote("indirect", "lembaga-lembaga tersebut dapat menyusun Key Performance Indicator (KPI) sebagai dasar penilaian kinerja para menteri",
        "<Menurutnya", ("said", "<"))
d.quote("direct", "Organisasi teknis itu sebenarnya bisa menyusun KPI untuk menilai seorang menteri perfomance kinerjanya atau tidak,",
        ">jelasnya", ("said", "<"))
d.quote("indirect", "evaluasi berbasis KPI akan membuat ukuran kinerja menjadi lebih terukur dan adil bagi semua pihak", "<menilai",
        ("said", "<"))
d.quote("indirect", "indikator tersebut bisa disepakati untuk dilaporkan secara berkala", "<mencontohkan", ("said", "<"))
d.quote("direct", "Dengan demikian ukurannya jelas, ada target target, dukungan organisasi, anggaran, dan timelinenya. Semisal KPI bisa disepakati akan disampaikan enam bulan sekali untuk mengukur progres kerja menteri. Jadi ukuran evaluasinya jelas, tidak subjektif,",
        ">kata", ("said", ">"))
d.quote("indirect", "mekanisme ini juga akan mencegah munculnya 'kinerja kamuflatif', yakni kesan seolah-olah menteri bekerja baik karena populer di publik, padahal kebijakannya tidak berdampak secara struktural",
        "<Menurutnya", ("said", "<"))
d.quote("direct", "kinerja kamuflatif", "<Menurutnya", ("said", "<"), ctx="'kinerja kamuflatif'")
d.quote("direct", "Model evaluasi demikian juga akan menghindarkan Pak Presiden mendapati anak buah yang membangun kinerja kamuflatif,",
        ">tambahnya", ("said", "<"))
d.quote("indirect", "jika evaluasi dilakukan berdasarkan ukuran yang terukur, para menteri tidak akan merasa dirugikan ketika diganti karena kinerjanya",
        "<menekankan", ("said", "<"))
d.quote("direct", "Dengan dasar demikian, saya kira tidak akan ada menteri merasa kecewa jika kena reshuffle karena kinerjanya yang tidak baik,",
        ">ujarnya", ("said", "<"))
d.quote("indirect", 'para menteri yang telah diberi peringatan satu dua hingga tiga kali dan masih "nakal" akan diganti', "<menyampaikan",
        ("prabowo", "<"))
d.quote("direct", "nakal", "<menyampaikan", ("prabowo", "<"), ctx='"nakal"')
d.quote("direct", "Anak buah saya hebat-hebat ya. Kalau ada satu dua nakal, saya peringati ya kan?", ">kata", ("prabowo", ">"))
d.quote("direct", "Satu kali peringatan masih masih nakal, masih nggak mau dengar, dua kali peringatan, tiga kali, apa boleh buat reshuffle,",
        ">lanjutnya", ("prabowo", "<"))
d.quote("direct", "Saya tidak ragu-ragu, saya akan hadapi kalau koruptor, koruptor, maling, saya hadapi bersama Saudara-saudara. Saya yakin, saya yakin rakyat Indonesia di belakang saya, saya percaya itu,",
        ">ujarnya", ("prabowo", "<"))
d.write()
