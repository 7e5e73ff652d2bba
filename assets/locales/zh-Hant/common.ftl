## 應用程式與命令列共用。

language-name = 繁體中文

# 句子裡的日期：月、日與星期（chrono 格式：%-m 月，%-d 日，%A 星期）。
date-weekday-day-month = %-m月%-d日 %A

# 同一天，加上年份（%Y 年）。
date-weekday-day-month-year = %Y年%-m月%-d日 %A
