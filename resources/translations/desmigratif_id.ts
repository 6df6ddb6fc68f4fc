<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BusinessDialog</name>
    <message>
        <source>e.g. salted eggs, fried shallots</source>
        <translation>mis. telur asin, bawang goreng</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Business sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Mulai usaha</translation>
    </message>
    <message>
        <source>Workers (besides the owner)</source>
        <translation>Pekerja (selain pemilik)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Berhenti pada</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Delete business</source>
        <translation>Hapus usaha</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(orang yang sudah dihapus)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Usaha baru</translation>
    </message>
    <message>
        <source>Delete “{name}” with its turnover and support history?
It disappears from the lists; the district office is told with the next sync.</source>
        <translation>Hapus “{name}” beserta riwayat omzet dan dukungannya?
Usaha ini hilang dari daftar; Dinas kabupaten/kota diberi tahu pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>BusinessesPage</name>
    <message>
        <source>Search by business, owner or product…</source>
        <translation>Cari nama usaha, pemilik, atau produk…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua bidang usaha</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Usaha baru</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Business sector</source>
        <translation>Bidang usaha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Last turnover</source>
        <translation>Omzet terakhir</translation>
    </message>
    <message>
        <source>{n} businesses</source>
        <translation>{n} usaha</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(orang yang sudah dihapus)</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Type of case</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Orang yang bersangkutan</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Tanggal laporan</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>What was done, e.g. reported to BP3MI</source>
        <translation>Apa yang dilakukan, mis. lapor ke BP3MI</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(orang yang sudah dihapus)</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search by name or description…</source>
        <translation>Cari nama atau uraian…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} kasus</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Someone else (type the name)</source>
        <translation>Orang lain (tulis namanya)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Name of the caregiver, e.g. Nenek Warsini</source>
        <translation>Nama pengasuh, mis. Nenek Warsini</translation>
    </message>
    <message>
        <source>e.g. Ibu, Nenek, Bibi</source>
        <translation>mis. Ibu, Nenek, Bibi</translation>
    </message>
    <message>
        <source>e.g. SD Negeri 2 Rengaspendawa</source>
        <translation>mis. SD Negeri 2 Rengaspendawa</translation>
    </message>
    <message>
        <source>e.g. Kelas 4</source>
        <translation>mis. Kelas 4</translation>
    </message>
    <message>
        <source>Caregiver at home</source>
        <translation>Pengasuh di rumah</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nama pengasuh</translation>
    </message>
    <message>
        <source>Relationship to the child</source>
        <translation>Hubungan dengan anak</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A child&apos;s data is specific personal data (UU PDP 27/2022): write only what the child&apos;s care needs.</source>
        <translation>Data anak adalah data pribadi yang bersifat spesifik (UU PDP 27/2022): tulis hanya yang diperlukan untuk pengasuhan anak.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <source>Child: {name}</source>
        <translation>Anak: {name}</translation>
    </message>
    <message>
        <source>{name} is not a child of a migrant worker today (18 or older, or no parent abroad).</source>
        <translation>{name} saat ini bukan anak PMI (berumur 18 tahun atau lebih, atau tidak ada orang tua di luar negeri).</translation>
    </message>
    <message>
        <source>{name}, {age} years old, KK {kk}, {dusun}. Parent abroad: {parents}.</source>
        <translation>{name}, umur {age} tahun, KK {kk}, {dusun}. Orang tua di luar negeri: {parents}.</translation>
    </message>
    <message>
        <source>Delete what is recorded about this child&apos;s care? The child stays in the register.</source>
        <translation>Hapus catatan pengasuhan anak ini? Anak tetap tercatat di data rumah tangga.</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Status migrasi</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal berangkat</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Tanggal pulang</translation>
    </message>
    <message>
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>These records were changed here and elsewhere without either side seeing the other&apos;s change. The newer version is shown everywhere; the other is kept until you choose.</source>
        <translation>Data ini diubah di sini dan di tempat lain tanpa saling melihat perubahannya. Versi yang lebih baru ditampilkan di semua tempat; versi lainnya disimpan sampai Anda memilih.</translation>
    </message>
    <message>
        <source>Keep shown version</source>
        <translation>Pakai versi yang tampil</translation>
    </message>
    <message>
        <source>Keep other version</source>
        <translation>Pakai versi lainnya</translation>
    </message>
    <message>
        <source>{what}: {name}
found {when}</source>
        <translation>{what}: {name}
ditemukan {when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Tidak ada konflik terbuka.</translation>
    </message>
    <message>
        <source>{what} “{name}” was changed by {shown} ({shown_when}) and by {other} ({other_when}) without either seeing the other&apos;s change. They differ in: {fields}. Shown now: the version of {shown}.</source>
        <translation>{what} “{name}” diubah oleh {shown} ({shown_when}) dan oleh {other} ({other_when}) tanpa saling melihat perubahannya. Berbeda pada: {fields}. Yang tampil sekarang: versi {shown}.</translation>
    </message>
    <message>
        <source>whether it is deleted</source>
        <translation>status terhapus</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Shown version ({who})</source>
        <translation>Versi yang tampil ({who})</translation>
    </message>
    <message>
        <source>Other version ({who})</source>
        <translation>Versi lainnya ({who})</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Terhapus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Keep the version of {who}, as shown now? The other version is dropped.</source>
        <translation>Pakai versi {who} seperti yang tampil sekarang? Versi lainnya dibuang.</translation>
    </message>
    <message>
        <source>Use the version of {who} instead of the one shown? It is saved as a new change and sent with the next bundle.</source>
        <translation>Pakai versi {who} sebagai ganti versi yang tampil? Versi itu disimpan sebagai perubahan baru dan dikirim bersama bundel berikutnya.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Selesaikan konflik</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Registered person</source>
        <translation>Penduduk terdaftar</translation>
    </message>
    <message>
        <source>Visitor (not in the register)</source>
        <translation>Pengunjung (tidak terdaftar)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Yang datang</translation>
    </message>
    <message>
        <source>What the person asked or reported</source>
        <translation>Apa yang ditanyakan atau dilaporkan</translation>
    </message>
    <message>
        <source>What was explained, given or arranged</source>
        <translation>Apa yang dijelaskan, diberikan, atau diurus</translation>
    </message>
    <message>
        <source>Clear the date once the follow-up is done, or record the person&apos;s next visit.</source>
        <translation>Kosongkan tanggal ini bila tindak lanjut sudah selesai, atau catat kunjungan berikutnya dari orang itu.</translation>
    </message>
    <message>
        <source>Signs of a non-procedural departure</source>
        <translation>Ada tanda keberangkatan nonprosedural</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>Nama pengunjung</translation>
    </message>
    <message>
        <source>Visitor&apos;s sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan/laporan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil layanan</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Tindak lanjut pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Save this contact and open a case of non-procedural departure from it.</source>
        <translation>Simpan kontak ini lalu buka kasus keberangkatan nonprosedural darinya.</translation>
    </message>
    <message>
        <source>Show the case</source>
        <translation>Lihat kasus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Service contact</source>
        <translation>Kontak layanan</translation>
    </message>
    <message>
        <source>New service contact</source>
        <translation>Kontak layanan baru</translation>
    </message>
    <message>
        <source>(deleted person)</source>
        <translation>(orang yang sudah dihapus)</translation>
    </message>
    <message>
        <source>No case has been opened from this contact.</source>
        <translation>Belum ada kasus yang dibuka dari kontak ini.</translation>
    </message>
    <message>
        <source>Case opened: {type}, reported on {date}, status: {status}.</source>
        <translation>Kasus dibuka: {type}, dilaporkan {date}, status: {status}.</translation>
    </message>
    <message>
        <source>Delete this contact? A case opened from it stays on the Cases page.
The district office is told with the next sync.</source>
        <translation>Hapus kontak ini? Kasus yang dibuka dari kontak ini tetap ada di halaman Kasus.
Dinas diberi tahu pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>CooperativePage</name>
    <message>
        <source>The village cooperative is not recorded yet. Fill in at least its name and save: its members and monthly figures can be recorded after that.</source>
        <translation>Koperasi desa belum dicatat. Isi setidaknya namanya lalu simpan; setelah itu anggota dan data bulanan koperasi dapat dicatat.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>Data bulanan</translation>
    </message>
    <message>
        <source>Village cooperative</source>
        <translation>Koperasi desa</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Ask for a correction</source>
        <translation>Minta perbaikan</translation>
    </message>
    <message>
        <source>e.g. The NIK of the second member does not match the family card.</source>
        <translation>mis. NIK anggota kedua tidak sesuai dengan kartu keluarga.</translation>
    </message>
    <message>
        <source>What should the village correct?</source>
        <translation>Apa yang perlu diperbaiki desa?</translation>
    </message>
    <message>
        <source>The village sees this note after the next sync.</source>
        <translation>Desa melihat catatan ini setelah sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Prospective migrant workers</source>
        <translation>Calon PMI</translation>
    </message>
    <message>
        <source>Working abroad</source>
        <translation>PMI di luar negeri</translation>
    </message>
    <message>
        <source>Returned migrant workers</source>
        <translation>PMI purna</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Migration services</source>
        <translation>Layanan Migrasi</translation>
    </message>
    <message>
        <source>contacts this month</source>
        <translation>kontak bulan ini</translation>
    </message>
    <message>
        <source>Productive businesses</source>
        <translation>Usaha Produktif</translation>
    </message>
    <message>
        <source>active businesses</source>
        <translation>usaha aktif</translation>
    </message>
    <message>
        <source>Community parenting</source>
        <translation>Community Parenting</translation>
    </message>
    <message>
        <source>children of migrant workers</source>
        <translation>anak PMI</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>members</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>Abroad now, by destination country</source>
        <translation>Di luar negeri sekarang, menurut negara tujuan</translation>
    </message>
    <message>
        <source>Abroad now, by job sector</source>
        <translation>Di luar negeri sekarang, menurut sektor pekerjaan</translation>
    </message>
    <message>
        <source>Departures and returns, last 12 months</source>
        <translation>Keberangkatan dan kepulangan, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>{n} follow-ups due</source>
        <translation>{n} tindak lanjut jatuh tempo</translation>
    </message>
    <message>
        <source>{n} people at socialisation events this year</source>
        <translation>{n} peserta sosialisasi tahun ini</translation>
    </message>
    <message>
        <source>{n} workers employed</source>
        <translation>{n} tenaga kerja</translation>
    </message>
    <message>
        <source>Turnover {month}: {amount}</source>
        <translation>Omzet {month}: {amount}</translation>
    </message>
    <message>
        <source>{n} with a care profile</source>
        <translation>{n} sudah punya data pengasuhan</translation>
    </message>
    <message>
        <source>{sessions} sessions this year, {children} children reached</source>
        <translation>{sessions} sesi tahun ini, {children} anak terlibat</translation>
    </message>
    <message>
        <source>Savings: {amount}</source>
        <translation>Simpanan: {amount}</translation>
    </message>
    <message>
        <source>Loans outstanding: {amount}</source>
        <translation>Sisa pinjaman: {amount}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Write the date as dd-mm-yyyy, for example 17-08-1990.</source>
        <translation>Tulis tanggal sebagai hh-bb-tttt, misalnya 17-08-1990.</translation>
    </message>
</context>
<context>
    <name>DestinationChooser</name>
    <message>
        <source>Look for drives again</source>
        <translation>Cari flashdisk lagi</translation>
    </message>
    <message>
        <source>{name}: {free} free, {root}</source>
        <translation>{name}: sisa {free}, {root}</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Folder lain…</translation>
    </message>
    <message>
        <source>Choose the folder for the bundles</source>
        <translation>Pilih folder untuk bundel</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>This installation</source>
        <translation>Instalasi ini</translation>
    </message>
    <message>
        <source>Its fingerprint, to read out by phone to the officer who trusts this installation. Give them the identity card on a USB stick; trust their card here in the same way.</source>
        <translation>Sidik jarinya, untuk dibacakan lewat telepon kepada petugas yang akan memercayai instalasi ini. Berikan kartu identitasnya dengan flashdisk; percayai kartu mereka di sini dengan cara yang sama.</translation>
    </message>
    <message>
        <source>Export identity card…</source>
        <translation>Ekspor kartu identitas…</translation>
    </message>
    <message>
        <source>Trust a device…</source>
        <translation>Percayai perangkat…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Perangkat tepercaya</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Terakhir diterima</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Terakhir dikirim</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Belum dikonfirmasi</translation>
    </message>
    <message>
        <source>No device is trusted yet: exchange identity cards first.</source>
        <translation>Belum ada perangkat yang dipercaya: tukarkan kartu identitas dulu.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Revoked {when}</source>
        <translation>Dicabut {when}</translation>
    </message>
    <message>
        <source>Trusted since {when}</source>
        <translation>Dipercaya sejak {when}</translation>
    </message>
    <message>
        <source>Export identity card</source>
        <translation>Ekspor kartu identitas</translation>
    </message>
    <message>
        <source>Identity cards (*{suffix})</source>
        <translation>Kartu identitas (*{suffix})</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Kartu identitas</translation>
    </message>
    <message>
        <source>The identity card was saved to {path}.

Give it to the other officer, and read out this fingerprint to them by phone:
{fingerprint}</source>
        <translation>Kartu identitas tersimpan di {path}.

Berikan kepada petugas di pihak lain, lalu bacakan sidik jari ini kepadanya lewat telepon:
{fingerprint}</translation>
    </message>
    <message>
        <source>Trust a device</source>
        <translation>Percayai perangkat</translation>
    </message>
    <message>
        <source>Identity cards (*{suffix});;All files (*)</source>
        <translation>Kartu identitas (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>{region} is trusted now: bundles can be exchanged with it.</source>
        <translation>{region} sekarang dipercaya: bundel dapat ditukar dengannya.</translation>
    </message>
    <message>
        <source>{region} was trusted already; nothing was changed.</source>
        <translation>{region} sudah dipercaya sebelumnya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Revoke {region} ({fingerprint})?

Its bundles will be refused from now on. Do this when its laptop is lost or replaced; it cannot be undone.</source>
        <translation>Cabut {region} ({fingerprint})?

Bundel darinya akan ditolak mulai sekarang. Lakukan ini bila laptopnya hilang atau diganti; tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Cabut perangkat</translation>
    </message>
</context>
<context>
    <name>DuplicateNiksList</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>No NIK is registered in more than one village.</source>
        <translation>Tidak ada NIK yang terdaftar di lebih dari satu desa.</translation>
    </message>
    <message>
        <source>NIKs registered in more than one village: {n}. Double-click a person to open the household and ask the village for a correction.</source>
        <translation>NIK yang terdaftar di lebih dari satu desa: {n}. Klik dua kali pada seseorang untuk membuka rumah tangganya dan meminta perbaikan kepada desa.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot continue</source>
        <translation>Tidak bisa dilanjutkan</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside the application. Your saved data is safe.
Copy the details and send them to the district office.</source>
        <translation>Terjadi kesalahan di dalam aplikasi. Data yang sudah disimpan tetap aman.
Salin rinciannya dan kirimkan ke dinas.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>There are changes that are not saved. Save them?</source>
        <translation>Ada perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalasi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>confirms the changes received</source>
        <translation>berisi tanda terima</translation>
    </message>
    <message>
        <source>{n} applied</source>
        <translation>{n} diterapkan</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} menunggu</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} konflik</translation>
    </message>
    <message>
        <source>{n} of ours confirmed</source>
        <translation>{n} milik kita dikonfirmasi</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Hamlet (dusun)</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Hapus rumah tangga</translation>
    </message>
    <message>
        <source>Print profile</source>
        <translation>Cetak profil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Status migrasi</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Ubah anggota</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Berangkat</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation>Prosedural</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>Catat keberangkatan</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Catat kepulangan</translation>
    </message>
    <message>
        <source>Placements of the selected member</source>
        <translation>Riwayat penempatan anggota yang dipilih</translation>
    </message>
    <message>
        <source>Household {kk}</source>
        <translation>Rumah tangga KK {kk}</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Rumah tangga baru</translation>
    </message>
    <message>
        <source>The household has changes that are not saved. Save them and print?</source>
        <translation>Ada perubahan pada rumah tangga ini yang belum disimpan. Simpan lalu cetak?</translation>
    </message>
    <message>
        <source>The household has changes that are not saved. Save them first?</source>
        <translation>Ada perubahan rumah tangga yang belum disimpan. Simpan dulu?</translation>
    </message>
    <message>
        <source>Delete this household with all its members and their placements?
It disappears from the lists; the district office is told with the next sync.</source>
        <translation>Hapus rumah tangga ini beserta semua anggota dan riwayat penempatannya?
Data hilang dari daftar; dinas diberi tahu pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The household has changes that are not saved. Save them?</source>
        <translation>Ada perubahan data rumah tangga yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Remove {name} and their placements from this household?</source>
        <translation>Hapus {name} beserta riwayat penempatannya dari rumah tangga ini?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Not a migrant worker (family member)</source>
        <translation>Bukan PMI (anggota keluarga)</translation>
    </message>
    <message>
        <source>Prospective migrant worker</source>
        <translation>Calon PMI</translation>
    </message>
    <message>
        <source>Working abroad</source>
        <translation>PMI (sedang bekerja di luar negeri)</translation>
    </message>
    <message>
        <source>Returned migrant worker</source>
        <translation>PMI purna</translation>
    </message>
    <message>
        <source>M</source>
        <comment>male, one letter</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>female, one letter</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Prospective</source>
        <translation>Calon PMI</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>PMI purna</translation>
    </message>
    <message>
        <source>Through a placement company (P3MI)</source>
        <translation>Melalui P3MI</translation>
    </message>
    <message>
        <source>Private to private (P to P)</source>
        <translation>P to P</translation>
    </message>
    <message>
        <source>Government to government (G to G)</source>
        <translation>G to G</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Perseorangan</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dalam penanganan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Job information</source>
        <translation>Informasi lowongan kerja</translation>
    </message>
    <message>
        <source>Document requirements</source>
        <translation>Persyaratan dokumen</translation>
    </message>
    <message>
        <source>Safe migration advice</source>
        <translation>Konsultasi migrasi aman</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Document facilitation</source>
        <translation>Fasilitasi dokumen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Pendampingan</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Bantuan modal</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Pengasuh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Migrant households</source>
        <translation>Rumah Tangga PMI</translation>
    </message>
    <message>
        <source>Migration services</source>
        <translation>Layanan Migrasi</translation>
    </message>
    <message>
        <source>Productive businesses</source>
        <translation>Usaha Produktif</translation>
    </message>
    <message>
        <source>Community parenting</source>
        <translation>Community Parenting</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Membuka data…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Petugas: {name}</translation>
    </message>
    <message>
        <source>{n} changes not yet sent</source>
        <translation>{n} perubahan belum terkirim</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Sinkronisasi terakhir: {when}</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Belum pernah sinkronisasi</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Cadangan terakhir: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Belum ada cadangan</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Cooperative member</source>
        <translation>Anggota koperasi</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Dari data penduduk</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>Member is</source>
        <translation>Anggota adalah</translation>
    </message>
    <message>
        <source>Leave empty while the person is a member.</source>
        <translation>Biarkan kosong selama orang itu masih menjadi anggota.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>(no longer in the register)</source>
        <translation>(sudah tidak ada di data penduduk)</translation>
    </message>
    <message>
        <source>Delete this membership? Use “Left on” instead when the person left the cooperative.</source>
        <translation>Hapus keanggotaan ini? Jika orang tersebut keluar dari koperasi, isi “Tanggal keluar” saja.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name…</source>
        <translation>Cari nama…</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Mantan anggota</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Data penduduk</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} anggota</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Bukan warga terdata</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdata</translation>
    </message>
    <message>
        <source>No longer in the register</source>
        <translation>Sudah tidak ada di data penduduk</translation>
    </message>
</context>
<context>
    <name>MigrationServicesPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontak layanan</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Search by name, question or outcome…</source>
        <translation>Cari nama, pertanyaan, atau hasil layanan…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Perlu ditindaklanjuti</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil layanan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>{name} (visitor)</source>
        <translation>{name} (pengunjung)</translation>
    </message>
    <message>
        <source>{date} (due)</source>
        <translation>{date} (jatuh tempo)</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} kontak</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Sosialisasi baru</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} sosialisasi</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>e.g. 1.500.000</source>
        <translation>mis. 1.500.000</translation>
    </message>
    <message>
        <source>Write the amount in whole rupiah, for example 1.500.000.</source>
        <translation>Tulis jumlah dalam rupiah tanpa sen, misalnya 1.500.000.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Month (mm-yyyy)</source>
        <translation>Bulan (bb-tttt)</translation>
    </message>
    <message>
        <source>Principal savings paid in (pokok)</source>
        <translation>Simpanan pokok yang masuk</translation>
    </message>
    <message>
        <source>Mandatory savings paid in (wajib)</source>
        <translation>Simpanan wajib yang masuk</translation>
    </message>
    <message>
        <source>Voluntary savings paid in (sukarela)</source>
        <translation>Simpanan sukarela yang masuk</translation>
    </message>
    <message>
        <source>Loans given to members</source>
        <translation>Pinjaman yang diberikan kepada anggota</translation>
    </message>
    <message>
        <source>Loan repayments received</source>
        <translation>Angsuran pinjaman diterima</translation>
    </message>
    <message>
        <source>Business units running</source>
        <translation>Unit usaha yang berjalan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Delete month</source>
        <translation>Hapus bulan</translation>
    </message>
    <message>
        <source>Record month</source>
        <translation>Catat bulan</translation>
    </message>
    <message>
        <source>Cooperative month: {month}</source>
        <translation>Data bulanan koperasi: {month}</translation>
    </message>
    <message>
        <source>Delete the figures of {month}?</source>
        <translation>Hapus data bulan {month}?</translation>
    </message>
</context>
<context>
    <name>MonthField</name>
    <message>
        <source>mm-yyyy</source>
        <translation>bb-tttt</translation>
    </message>
    <message>
        <source>Write the month as mm-yyyy, for example 08-2026.</source>
        <translation>Tulis bulan sebagai bb-tttt, misalnya 08-2026.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>MonthsTab</name>
    <message>
        <source>Record month</source>
        <translation>Catat bulan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <source>Loans given</source>
        <translation>Pinjaman diberikan</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Savings: {total} (principal {principal}, mandatory {mandatory}, voluntary {voluntary})</source>
        <translation>Simpanan: {total} (pokok {principal}, wajib {mandatory}, sukarela {voluntary})</translation>
    </message>
    <message>
        <source>Loans given: {given}; repaid: {repaid}; outstanding: {outstanding}</source>
        <translation>Pinjaman diberikan: {given}; dikembalikan: {repaid}; sisa pinjaman: {outstanding}</translation>
    </message>
    <message>
        <source>Business units in {month}: {units}</source>
        <translation>Unit usaha pada {month}: {units}</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsBox</name>
    <message>
        <source>Village details on reports</source>
        <translation>Data desa pada laporan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>e.g. Jl. Raya Rengaspendawa No. 1</source>
        <translation>mis. Jl. Raya Rengaspendawa No. 1</translation>
    </message>
    <message>
        <source>e.g. 0283-123456</source>
        <translation>mis. 0283-123456</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Nama petugas</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Village office address</source>
        <translation>Alamat kantor desa</translation>
    </message>
    <message>
        <source>Village office phone</source>
        <translation>Telepon kantor desa</translation>
    </message>
    <message>
        <source>Printed on the letterhead and under the signatures of every report.</source>
        <translation>Dicetak pada kop surat dan di bawah tanda tangan setiap laporan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Who works with this computer? The name appears on reports.</source>
        <translation>Siapa yang bekerja dengan komputer ini? Namanya tercantum di laporan.</translation>
    </message>
    <message>
        <source>Officer name:</source>
        <translation>Nama petugas:</translation>
    </message>
    <message>
        <source>Regency or city:</source>
        <translation>Kabupaten/kota:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Desa/kelurahan:</translation>
    </message>
</context>
<context>
    <name>ParentingPage</name>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kegiatan parenting</translation>
    </message>
    <message>
        <source>Children are taken from the household register: everyone under 18 whose father or mother is working abroad. To add a child, add them to their household under Migrant households. Double-click a child to record who cares for them and their school.</source>
        <translation>Daftar anak diambil dari data rumah tangga: semua yang berumur di bawah 18 tahun dan ayah atau ibunya sedang bekerja di luar negeri. Untuk menambah anak, tambahkan ke rumah tangganya di menu Rumah Tangga PMI. Klik dua kali nama anak untuk mencatat pengasuh dan sekolahnya.</translation>
    </message>
    <message>
        <source>Search by the child&apos;s name…</source>
        <translation>Cari nama anak…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Parent abroad</source>
        <translation>Orang tua di luar negeri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Pengasuh</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>{n} children, {m} with a profile</source>
        <translation>{n} anak, {m} sudah ada profilnya</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Pengasuh</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} kegiatan</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Ubah anggota</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>Open the person with this NIK</source>
        <translation>Buka data orang dengan NIK ini</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Status migrasi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>This NIK is already registered to {name}.</source>
        <translation>NIK ini sudah terdaftar atas nama {name}.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type part of a name or NIK…</source>
        <translation>Ketik sebagian nama atau NIK…</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Belum ada orang yang dipilih</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Edit placement</source>
        <translation>Ubah penempatan</translation>
    </message>
    <message>
        <source>New departure</source>
        <translation>Keberangkatan baru</translation>
    </message>
    <message>
        <source>Departed through the official procedure</source>
        <translation>Berangkat secara prosedural</translation>
    </message>
    <message>
        <source>Member of BPJS Ketenagakerjaan</source>
        <translation>Peserta BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Negara tujuan</translation>
    </message>
    <message>
        <source>Job sector</source>
        <translation>Sektor pekerjaan</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Placement scheme</source>
        <translation>Skema penempatan</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>P3MI (perusahaan penempatan)</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Tanggal berangkat</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Akhir kontrak</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Tanggal pulang</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Nomor paspor</translation>
    </message>
    <message>
        <source>BPJS number</source>
        <translation>Nomor BPJS</translation>
    </message>
    <message>
        <source>SISKOP2MI ID</source>
        <translation>ID SISKOP2MI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. AHU-0001234.AH.01.26.TAHUN 2019</source>
        <translation>mis. AHU-0001234.AH.01.26.TAHUN 2019</translation>
    </message>
    <message>
        <source>Name of the cooperative</source>
        <translation>Nama koperasi</translation>
    </message>
    <message>
        <source>Legal entity number</source>
        <translation>Nomor badan hukum</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Tanggal berdiri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Chairperson</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Berkas data rusak</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Pilih berkas cadangan…</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Tutup aplikasi</translation>
    </message>
    <message>
        <source>The data file {file} cannot be read correctly. A power cut during a save or a failing disk can cause this. Nothing has been changed.</source>
        <translation>Berkas data {file} tidak dapat dibaca dengan benar. Hal ini bisa terjadi karena listrik padam saat menyimpan atau disk yang rusak. Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>No usable automatic backup was found. Choose a backup file (for example one saved on a flash drive), or close the application and ask the district office for help; the damaged file stays as it is.</source>
        <translation>Tidak ada cadangan otomatis yang bisa dipakai. Pilih berkas cadangan (misalnya yang disimpan di flashdisk), atau tutup aplikasi dan minta bantuan Dinas kabupaten/kota; berkas yang rusak dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}: {households} households, {persons} persons. Restoring it brings the data back as it was then; what was saved after it is lost, unless it was already sent to the district office.</source>
        <translation>Cadangan utuh terbaru dibuat pada {when}: {households} rumah tangga, {persons} orang. Memulihkannya mengembalikan data seperti saat itu; yang disimpan sesudahnya hilang, kecuali sudah dikirim ke Dinas.</translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder, untouched.</source>
        <translation>Berkas yang rusak disimpan di folder cadangan (backups), tanpa diubah.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Cadangan (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The data was restored from {backup}. The damaged file was kept as {kept}.</source>
        <translation>Data dipulihkan dari {backup}. Berkas yang rusak disimpan sebagai {kept}.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Your regency or city</source>
        <translation>Kabupaten/kota Anda</translation>
    </message>
    <message>
        <source>Find the regency or city of your office in the Kemendagri list.</source>
        <translation>Cari kabupaten/kota kantor Anda dalam daftar Kemendagri.</translation>
    </message>
    <message>
        <source>Type part of the name, for example Brebes</source>
        <translation>Ketik sebagian nama, misalnya Brebes</translation>
    </message>
    <message>
        <source>A code such as 33.29 works too.</source>
        <translation>Kode seperti 33.29 juga bisa.</translation>
    </message>
    <message>
        <source>Your village</source>
        <translation>Desa Anda</translation>
    </message>
    <message>
        <source>Find your village in the Kemendagri list.</source>
        <translation>Cari desa Anda dalam daftar Kemendagri.</translation>
    </message>
    <message>
        <source>Type part of the village name, for example Rengaspendawa</source>
        <translation>Ketik sebagian nama desa, misalnya Rengaspendawa</translation>
    </message>
    <message>
        <source>Add the sub-district or regency to narrow the list (“rengas larangan”), or type a code such as 33.29.15.</source>
        <translation>Tambahkan nama kecamatan atau kabupaten untuk mempersempit daftar (“rengas larangan”), atau ketik kode seperti 33.29.15.</translation>
    </message>
    <message>
        <source>The list of regions could not be loaded.</source>
        <translation>Daftar wilayah tidak bisa dimuat.</translation>
    </message>
    <message>
        <source>Loading the list of regions…</source>
        <translation>Memuat daftar wilayah…</translation>
    </message>
    <message>
        <source>{village} (urban village)</source>
        <translation>Kel. {village}</translation>
    </message>
    <message>
        <source>{village} — {subdistrict} sub-district, {regency}, {province} ({code})</source>
        <translation>{village} — Kec. {subdistrict}, {regency}, {province} ({code})</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Check the spelling, or type less of the name.</source>
        <translation>Tidak ada yang cocok dengan “{text}”. Periksa ejaannya, atau ketik lebih sedikit.</translation>
    </message>
    <message>
        <source>Showing the first {count} matches. Type more to narrow the list.</source>
        <translation>Menampilkan {count} hasil pertama. Ketik lebih banyak untuk mempersempit daftar.</translation>
    </message>
    <message>
        <source>Select your regency or city in the list ({count} found).</source>
        <translation>Pilih kabupaten/kota Anda dalam daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <source>Select your village in the list ({count} found).</source>
        <translation>Pilih desa Anda dalam daftar ({count} ditemukan).</translation>
    </message>
</context>
<context>
    <name>RegisterList</name>
    <message>
        <source>Search by name, NIK or KK…</source>
        <translation>Cari nama, NIK, atau nomor KK…</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Duplicate NIKs</source>
        <translation>NIK ganda</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Rumah tangga baru</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Cetak daftar</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Di luar negeri</translation>
    </message>
    <message>
        <source>{n} households</source>
        <translation>{n} rumah tangga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Status migrasi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} orang</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Semua dusun</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Making the household profile…</source>
        <translation>Membuat profil rumah tangga…</translation>
    </message>
    <message>
        <source>Making the list…</source>
        <translation>Membuat daftar…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}.
The file is in {folder}.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka {name}.
Berkasnya ada di {folder}.</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Simpan salinan laporan</translation>
    </message>
    <message>
        <source>Reports (*{suffix})</source>
        <translation>Laporan (*{suffix})</translation>
    </message>
    <message>
        <source>Copying the report…</source>
        <translation>Menyalin laporan…</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Laporan disimpan</translation>
    </message>
    <message>
        <source>A copy of the report was saved to {path}</source>
        <translation>Salinan laporan disimpan di {path}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a PDF.</source>
        <translation>{name} tidak dapat dibaca sebagai PDF.</translation>
    </message>
    <message>
        <source>Make the report again, then print it.</source>
        <translation>Buat laporannya lagi, lalu cetak.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Printer tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>Check that it is switched on and connected, then try again.</source>
        <translation>Pastikan printer menyala dan tersambung, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Print {name}</source>
        <translation>Cetak {name}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Monthly report (PDF)</source>
        <translation>Laporan bulanan (PDF)</translation>
    </message>
    <message>
        <source>Monthly report tables (Excel)</source>
        <translation>Tabel laporan bulanan (Excel)</translation>
    </message>
    <message>
        <source>Register of migrant workers (PDF)</source>
        <translation>Daftar PMI (PDF)</translation>
    </message>
    <message>
        <source>Register of migrant workers (Excel)</source>
        <translation>Daftar PMI (Excel)</translation>
    </message>
    <message>
        <source>Recapitulation of the villages (PDF)</source>
        <translation>Rekapitulasi per desa (PDF)</translation>
    </message>
    <message>
        <source>Recapitulation of the villages (Excel)</source>
        <translation>Rekapitulasi per desa (Excel)</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Laporan baru</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Laporan yang sudah dibuat</translation>
    </message>
    <message>
        <source>The report to the district office for the chosen month, ready to sign: the register, the four pillars and the cases.</source>
        <translation>Laporan ke Dinas untuk bulan yang dipilih, siap ditandatangani: data rumah tangga PMI, empat pilar, dan kasus.</translation>
    </message>
    <message>
        <source>The tables of the monthly report as a workbook, for the district office.</source>
        <translation>Tabel-tabel laporan bulanan sebagai berkas Excel untuk Dinas.</translation>
    </message>
    <message>
        <source>Every prospective, current and returned migrant worker as of today (the month is not used).</source>
        <translation>Semua calon PMI, PMI, dan PMI purna per hari ini (bulan tidak dipakai).</translation>
    </message>
    <message>
        <source>Every prospective, current and returned migrant worker as of today, as a workbook.</source>
        <translation>Semua calon PMI, PMI, dan PMI purna per hari ini, sebagai berkas Excel.</translation>
    </message>
    <message>
        <source>One row per village for the chosen month, with the total: households, migrant workers, departures and returns, cases, businesses, children and cooperative members.</source>
        <translation>Satu baris per desa untuk bulan yang dipilih, dengan jumlahnya: rumah tangga, PMI, keberangkatan dan kepulangan, kasus, usaha, anak PMI, dan anggota koperasi.</translation>
    </message>
    <message>
        <source>The recapitulation of the villages as a workbook.</source>
        <translation>Rekapitulasi per desa sebagai berkas Excel.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>The report was saved to {path}</source>
        <translation>Laporan disimpan di {path}</translation>
    </message>
    <message>
        <source>The report was not made.</source>
        <translation>Laporan tidak dibuat.</translation>
    </message>
    <message>
        <source>No reports made yet. They will be kept in {folder}</source>
        <translation>Belum ada laporan. Laporan akan disimpan di {folder}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Record return</source>
        <translation>Catat kepulangan</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Tanggal pulang</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Ask for a correction…</source>
        <translation>Minta perbaikan…</translation>
    </message>
    <message>
        <source>Village {name}:</source>
        <translation>Desa {name}:</translation>
    </message>
    <message>
        <source>Not yet checked by the district office.</source>
        <translation>Belum diperiksa oleh Dinas.</translation>
    </message>
    <message>
        <source>Verified by the district office ({name}, {date}).</source>
        <translation>Sudah diverifikasi Dinas ({name}, {date}).</translation>
    </message>
    <message>
        <source>Verified by the district office ({name}, {date}) before the last change: it will be checked again.</source>
        <translation>Diverifikasi Dinas ({name}, {date}) sebelum perubahan terakhir: akan diperiksa lagi.</translation>
    </message>
    <message>
        <source>The district office asks for a correction ({name}, {date}): {note}</source>
        <translation>Dinas meminta perbaikan ({name}, {date}): {note}</translation>
    </message>
    <message>
        <source>The household was changed since then: it will be checked again.</source>
        <translation>Rumah tangga ini sudah diubah sesudahnya: akan diperiksa lagi.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Who will use this computer?</source>
        <translation>Siapa yang akan memakai komputer ini?</translation>
    </message>
    <message>
        <source>The role is chosen once, when the application is first set up.</source>
        <translation>Peran dipilih sekali, saat aplikasi pertama kali disiapkan.</translation>
    </message>
    <message>
        <source>Village officer</source>
        <translation>Petugas desa</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>Dinas kabupaten/kota</translation>
    </message>
    <message>
        <source>Registers the migrant-worker households of one village.</source>
        <translation>Mencatat rumah tangga PMI di satu desa.</translation>
    </message>
    <message>
        <source>Receives and combines the data of the villages in one regency or city.</source>
        <translation>Menerima dan menggabungkan data desa-desa di satu kabupaten/kota.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>e.g. Pola asuh anak PMI</source>
        <translation>mis. Pola asuh anak PMI</translation>
    </message>
    <message>
        <source>e.g. Kader PKK, Psikolog Puskesmas</source>
        <translation>mis. Kader PKK, Psikolog Puskesmas</translation>
    </message>
    <message>
        <source>e.g. Balai Desa</source>
        <translation>mis. Balai Desa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Anak yang hadir</translation>
    </message>
    <message>
        <source>Filter by name or hamlet…</source>
        <translation>Saring menurut nama atau dusun…</translation>
    </message>
    <message>
        <source>Caregivers present</source>
        <translation>Pengasuh yang hadir</translation>
    </message>
    <message>
        <source>A caregiver not listed above: type the name</source>
        <translation>Pengasuh yang tidak ada di daftar: tulis namanya</translation>
    </message>
    <message>
        <source>Add by name</source>
        <translation>Tambah nama</translation>
    </message>
    <message>
        <source>Parenting session</source>
        <translation>Kegiatan parenting</translation>
    </message>
    <message>
        <source>New parenting session</source>
        <translation>Kegiatan parenting baru</translation>
    </message>
    <message>
        <source>{name}, {age} years, {dusun}</source>
        <translation>{name}, {age} tahun, {dusun}</translation>
    </message>
    <message>
        <source>{n} of {total} ticked</source>
        <translation>{n} dari {total} dicentang</translation>
    </message>
    <message>
        <source>{name} — family or caregiver of {children}</source>
        <translation>{name} — keluarga atau pengasuh {children}</translation>
    </message>
    <message>
        <source>Delete this session and its attendance list?</source>
        <translation>Hapus kegiatan ini beserta daftar hadirnya?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Training data</source>
        <translation>Data latihan</translation>
    </message>
    <message>
        <source>Load training data</source>
        <translation>Muat data latihan</translation>
    </message>
    <message>
        <source>Adds realistic made-up households for practice. Do not use on real data.</source>
        <translation>Menambahkan rumah tangga rekaan yang realistis untuk berlatih. Jangan dipakai pada data sungguhan.</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Simpan cadangan…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>A backup is also made automatically every day in the data folder.</source>
        <translation>Cadangan juga dibuat otomatis setiap hari di folder data.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>Adding training data…</source>
        <translation>Menambahkan data latihan…</translation>
    </message>
    <message>
        <source>{n} households were added.</source>
        <translation>{n} rumah tangga ditambahkan.</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Simpan cadangan</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Cadangan (*.db)</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>Menyimpan cadangan…</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>Cadangan tersimpan di {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Replace the current data with this backup?

{backup}

The current data is kept in the backups folder.</source>
        <translation>Ganti data sekarang dengan cadangan ini?

{backup}

Data sekarang tetap disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>The new language is used the next time the application starts.</source>
        <translation>Bahasa baru dipakai saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up {app}</source>
        <translation>Menyiapkan {app}</translation>
    </message>
    <message>
        <source>Setting up the data folder…</source>
        <translation>Menyiapkan folder data…</translation>
    </message>
</context>
<context>
    <name>SocialisationDialog</name>
    <message>
        <source>e.g. Safe and procedural migration</source>
        <translation>mis. Migrasi aman dan prosedural</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Men attending</source>
        <translation>Peserta laki-laki</translation>
    </message>
    <message>
        <source>Women attending</source>
        <translation>Peserta perempuan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Hapus sosialisasi</translation>
    </message>
    <message>
        <source>Add from register</source>
        <translation>Tambah dari daftar penduduk</translation>
    </message>
    <message>
        <source>Name of someone not in the register</source>
        <translation>Nama peserta yang tidak terdaftar</translation>
    </message>
    <message>
        <source>Add by name</source>
        <translation>Tambah nama</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <source>Named attendees (optional; they are part of the counts above)</source>
        <translation>Peserta yang dicatat namanya (boleh kosong; sudah termasuk dalam jumlah di atas)</translation>
    </message>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>New socialisation</source>
        <translation>Sosialisasi baru</translation>
    </message>
    <message>
        <source>register</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>diketik</translation>
    </message>
    <message>
        <source>Delete this socialisation event with its named attendees?</source>
        <translation>Hapus sosialisasi ini beserta daftar nama pesertanya?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Desmigratif is already open with this data folder ({folder}).

Switch to that window (look in the taskbar). Two windows on the same data would not see each other&apos;s saves.</source>
        <translation>Desmigratif sudah terbuka dengan folder data ini ({folder}).

Pindah ke jendela itu (lihat di taskbar). Dua jendela pada data yang sama tidak akan melihat simpanan satu sama lain.</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <source>Support received</source>
        <translation>Dukungan yang diterima</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Pemberi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>e.g. Disnaker Kabupaten, KUR BRI</source>
        <translation>mis. Disnaker Kabupaten, KUR BRI</translation>
    </message>
    <message>
        <source>e.g. training in packaging</source>
        <translation>mis. pelatihan pengemasan</translation>
    </message>
    <message>
        <source>Add support</source>
        <translation>Tambah dukungan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Capital (Rp)</source>
        <translation>Modal (Rp)</translation>
    </message>
    <message>
        <source>Delete the support “{kind}” of {date}?</source>
        <translation>Hapus dukungan “{kind}” tanggal {date}?</translation>
    </message>
    <message>
        <source>Delete support</source>
        <translation>Hapus dukungan</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>Kirim dan terima</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Identity and trusted devices</source>
        <translation>Identitas dan perangkat tepercaya</translation>
    </message>
    <message>
        <source>the district office</source>
        <translation>Dinas kabupaten/kota</translation>
    </message>
    <message>
        <source>each village</source>
        <translation>setiap desa</translation>
    </message>
    <message>
        <source>Writes a bundle for {partner} with every change it has not yet confirmed, and the receipt of what arrived from there. Carry it on a USB stick.</source>
        <translation>Membuat bundel untuk {partner} berisi semua perubahan yang belum dikonfirmasi diterima, beserta tanda terima data yang datang dari sana. Bawa dengan flashdisk.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>Kirim perubahan</translation>
    </message>
    <message>
        <source>Choose the bundles (.dmsync) brought from the other side. Each is checked first; one that is damaged or not from a trusted device changes nothing.</source>
        <translation>Pilih bundel (.dmsync) yang dibawa dari pihak lain. Setiap bundel diperiksa dulu; bundel yang rusak atau bukan dari perangkat tepercaya tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Impor bundel…</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Terima perubahan</translation>
    </message>
    <message>
        <source>The bundles exported or imported are listed here.</source>
        <translation>Bundel yang diekspor atau diimpor tercantum di sini.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Writing the bundles…</source>
        <translation>Membuat bundel…</translation>
    </message>
    <message>
        <source>{n} bundles written to {folder}. Take them to the other side.</source>
        <translation>{n} bundel disimpan di {folder}. Bawa ke pihak penerima.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Change bundles (*{suffix})</source>
        <translation>Bundel perubahan (*{suffix})</translation>
    </message>
    <message>
        <source>Importing the bundles…</source>
        <translation>Mengimpor bundel…</translation>
    </message>
    <message>
        <source>{n} of {total} bundles imported; a refused bundle changed nothing.</source>
        <translation>{n} dari {total} bundel diimpor; bundel yang ditolak tidak mengubah apa pun.</translation>
    </message>
</context>
<context>
    <name>SyncResults</name>
    <message>
        <source>{n} changes written</source>
        <translation>{n} perubahan</translation>
    </message>
    <message>
        <source>; confirms the changes received from there</source>
        <translation>; berisi tanda terima perubahan dari sana</translation>
    </message>
    <message>
        <source>Imported before; nothing changed</source>
        <translation>Sudah pernah diimpor; tidak ada yang berubah</translation>
    </message>
    <message>
        <source>{n} changes applied</source>
        <translation>{n} perubahan diterapkan</translation>
    </message>
    <message>
        <source>{n} waiting changes applied too</source>
        <translation>{n} perubahan yang menunggu ikut diterapkan</translation>
    </message>
    <message>
        <source>{n} wait for an earlier bundle</source>
        <translation>{n} menunggu bundel sebelumnya</translation>
    </message>
    <message>
        <source>{n} had arrived before</source>
        <translation>{n} sudah diterima sebelumnya</translation>
    </message>
    <message>
        <source>{n} conflicts to review</source>
        <translation>{n} konflik perlu ditinjau</translation>
    </message>
    <message>
        <source>{n} changes from here confirmed as received</source>
        <translation>{n} perubahan dari sini dikonfirmasi diterima</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>Not imported: unexpected error (details shown)</source>
        <translation>Tidak diimpor: terjadi kesalahan tak terduga (rinciannya ditampilkan)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>From or to</source>
        <translation>Dari atau ke</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
</context>
<context>
    <name>SyncStatusBox</name>
    <message>
        <source>Synchronisation status</source>
        <translation>Keadaan sinkronisasi</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Tinjau konflik…</translation>
    </message>
    <message>
        <source>Last sent: {sent}    Last received: {received}</source>
        <translation>Terakhir dikirim: {sent}    Terakhir diterima: {received}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>No device is trusted yet: exchange identity cards on the tab “Identity and trusted devices” first.</source>
        <translation>Belum ada perangkat yang dipercaya: tukarkan kartu identitas dulu di tab “Identitas dan perangkat tepercaya”.</translation>
    </message>
    <message>
        <source>{n} open conflicts to review</source>
        <translation>{n} konflik perlu ditinjau</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Tidak ada konflik terbuka</translation>
    </message>
    <message>
        <source>{n} changes not yet confirmed by the district office</source>
        <translation>{n} perubahan belum dikonfirmasi diterima oleh Dinas</translation>
    </message>
    <message>
        <source>{n} reviews and corrections not yet confirmed by the villages</source>
        <translation>{n} verifikasi dan koreksi belum dikonfirmasi diterima oleh desa</translation>
    </message>
    <message>
        <source>Change {first} from {name} has not arrived: ask for a new bundle.</source>
        <translation>Perubahan {first} dari {name} belum diterima: minta bundel baru.</translation>
    </message>
    <message>
        <source>Changes {first}–{last} from {name} have not arrived: ask for a new bundle.</source>
        <translation>Perubahan {first}–{last} dari {name} belum diterima: minta bundel baru.</translation>
    </message>
    <message>
        <source>{n} changes from {name} wait for an earlier bundle.</source>
        <translation>{n} perubahan dari {name} menunggu bundel sebelumnya.</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <source>Last 12 months; highest {amount}</source>
        <translation>12 bulan terakhir; tertinggi {amount}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust a device</source>
        <translation>Percayai perangkat</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>Dinas kabupaten/kota</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Phone {officer} and ask them to read out the fingerprint shown on their Synchronisation page. Trust this device only if every character matches.</source>
        <translation>Telepon {officer} dan minta ia membacakan sidik jari yang tampil di halaman Sinkronisasi miliknya. Percayai perangkat ini hanya bila setiap karakternya sama.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>The fingerprint matches: trust</source>
        <translation>Sidik jari cocok: percayai</translation>
    </message>
</context>
<context>
    <name>TurnoverSection</name>
    <message>
        <source>Monthly turnover</source>
        <translation>Omzet bulanan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Delete month</source>
        <translation>Hapus bulan</translation>
    </message>
    <message>
        <source>Turnover (Rp)</source>
        <translation>Omzet (Rp)</translation>
    </message>
    <message>
        <source>Delete the turnover of {month}?</source>
        <translation>Hapus omzet bulan {month}?</translation>
    </message>
</context>
</TS>
