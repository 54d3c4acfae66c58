d = Doc("seeds/trump-putin-anchorage.txt")
d.mark("person", "Donald Trump", "Trump", key="trump")
d.mark("person", "Vladimir Putin", "Putin", key="putin")
d.mark("person", "Sergey Lavrov", key="lavrov")
d.mark("person", "Karoline Leavitt", key="leavitt")
d.mark("person", "Volodymyr Zelensky", key="zelensky")
d.mark("person", "Kimberly Halkett", "Halkett", key="halkett")
d.mark("location", "Anchorage", "Alaska", "Amerika Serikat", "AS", "Rusia", "Kiev", "Ukraina", "Donetsk",
       "Moskow", "Barat", "Eropa", "Helsinki")
d.mark("organization", "Telegram", "Kementerian Luar Negeri Rusia", "Departemen Luar Negeri AS", "Gedung Putih",
       "Al Jazeera", "NATO", "PBB")
d.force("organization", "X", "(Media Sosial X)")

d.role("Presiden Amerika Serikat (AS) Donald Trump", "Presiden", "Donald Trump", aff="Amerika Serikat")
d.role("Presiden Rusia Vladimir Putin", "Presiden", "Vladimir Putin", aff="Rusia")
d.role("Menteri Luar Negeri Sergey Lavrov", "Menteri Luar Negeri", "Sergey Lavrov")
d.role("Juru bicara Gedung Putih, Karoline Leavitt", "Juru bicara", "Karoline Leavitt", aff="Gedung Putih")
d.role('"Presiden Trump', "Presiden", "Trump")
d.role("Presiden Ukraina Volodymyr Zelensky", "Presiden", "Volodymyr Zelensky", aff="Ukraina")
d.role("Reporter Al Jazeera, Kimberly Halkett", "Reporter", "Kimberly Halkett", aff="Al Jazeera")

d.quote("indirect", "Menteri Luar Negeri Sergey Lavrov dan mitranya dari AS sepakat memastikan perundingan berjalan sukses",
        "<menyampaikan", ("@Kementerian Luar Negeri Rusia", "<"))
d.quote("indirect", "kedua pihak berkomitmen untuk memastikan acara yang sukses", "<menegaskan",
        ("@Departemen Luar Negeri AS", "<"))
d.quote("indirect", "Trump akan bertolak ke Anchorage Alaska, pada Jumat pagi", "<mengumumkan", ("leavitt", "<"))
d.quote("direct", "Presiden Trump bertekad untuk mencoba mengakhiri perang ini dan menghentikan pembunuhan,", ">katanya",
        ("leavitt", "<"))
d.quote("indirect", "dia akan melihat apa yang diajukan Putin terkait peluang kesepakatan damai", "<mengatakan", ("trump", "<"))
d.quote("direct", "pertukaran wilayah", "<menyebut", ("trump", "<"))
d.quote("indirect", "Putin menginginkan Ukraina menarik diri dari 30% wilayah Donetsk yang masih dikuasai Kiev, sebagai bagian dari gencatan senjata",
        "<menyebut", ("zelensky", "<"))
d.quote("direct", "Ukraina tidak akan menarik diri dari wilayahnya. Itu akan melanggar konstitusi dan hanya menjadi batu loncatan bagi invasi berikutnya,",
        ">sebutnya", ("zelensky", "<"))
d.quote("indirect", "setiap kesepakatan damai harus mencakup pelepasan wilayah yang direbut sejak 2014, penghentian bantuan Barat untuk Ukraina, serta penghentian upaya Kiev bergabung dengan NATO",
        "<menegaskan", ("@Moskow", "<"))
d.quote("indirect", "adanya perubahan nada dari Trump", "<mencatat", ("halkett", "<"))
d.quote("direct", "Tujuan pertemuan ini pada dasarnya adalah untuk mendengarkan Putin, dan itu sangat berbeda dari ultimatum awal,",
        ">lapor", ("halkett", ">"))
d.write()
