//! Mixed Russian text for the benchmarks, composed for steppe (not copied from any corpus):
//! prose with names, ALL-CAPS headings, ё, hard and soft signs, numbers, Latin titles and markup.

/// Paragraphs the generated text cycles through.
const PARAGRAPHS: &[&str] = &[
    "Юлия Андреевна Щукина, профессор Казанского университета, приехала в Алматы в сентябре 2008 года. \
     Её доклад «Транслитерация имён собственных в библиографии» вызвал оживлённую дискуссию.",
    "ВСЕРОССИЙСКАЯ КОНФЕРЕНЦИЯ ПО ЛИНГВИСТИКЕ собрала более 300 участников из Москвы, Санкт-Петербурга, \
     Новосибирска и Йошкар-Олы; объём сборника — 512 страниц.",
    "В статье упоминаются Чайковский, Достоевский, Горький и Хрущёв, а также журнал \
     <i>Central Asia and the Caucasus</i> (No. 2(50), 2008, pp. 41–57).",
    "Подъезд к зданию был закрыт, поэтому съёмки фильма перенесли в Щёлково, а затем в Тюмень, \
     где зимой температура опускается до −40 °C.",
    "Объединённая группа экспертов подготовила отчёт о сотрудничестве НАТО со странами Центральной \
     Азии: Казахстаном, Кыргызстаном, Таджикистаном, Туркменистаном и Узбекистаном.",
    "Вечером в библиотеке обсуждали, как писать фамилии Ельцин, Соловьёв, Бельгийский и Мягков \
     латиницей: по ГОСТ 7.79-2000, по системе ALA-LC или «как в паспорте».",
];

/// About `bytes` bytes of text, one paragraph per line, each line numbered so lines differ.
pub fn mixed_russian(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    let mut n = 0usize;
    while out.len() < bytes {
        let p = PARAGRAPHS[n % PARAGRAPHS.len()];
        out.push_str(&format!("{}. ", n + 1));
        out.push_str(p);
        out.push('\n');
        n += 1;
    }
    out
}
