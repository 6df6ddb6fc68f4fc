<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>Cases</source>
        <translation>Kasus</translation>
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
        <source>Last backup: {when}</source>
        <translation>Cadangan terakhir: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Belum ada cadangan</translation>
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
        <source>New household</source>
        <translation>Rumah tangga baru</translation>
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
</TS>
