## errors：核心在某件事無法讀取、寫入或完成時說的話（練習紀錄、匯入、
## 重複與行事曆、語音、音訊檔、轉成 WAV），以及它放在練習時間軸上的幾個字。
## `反引號`裡的字、CSV 欄位名稱和 iCalendar 的名稱（FREQ、COUNT…）
## 是檔案裡寫的內容，保持原樣。

## 練習紀錄。略過的一行會寫成「<檔案>:<行>: <問題>；已略過」。

errors-log-cannot-read = 無法讀取練習紀錄 { $path }：{ $reason }
errors-log-cannot-write = 無法寫入練習紀錄 { $path }：{ $reason }
errors-log-busy = 另一個 Stillpoint 正在寫入練習紀錄 { $path }，過了 { $seconds } 秒還沒完成；請稍後再試一次
errors-log-not-a-file = 它不是一般的檔案
errors-log-line = 第 { $line } 行：{ $message }
errors-log-skipped = { $problem }；已略過
errors-log-unknown-entry = 指向紀錄 `{ $id }`，但練習紀錄裡沒有這一筆；已略過
errors-log-duplicate-entry = 紀錄 `{ $id }` 已經在練習紀錄裡；已略過
errors-log-not-an-entry = 這不是一次練習的紀錄

## 練習紀錄的某一行為什麼無法讀取。$field 是檔案使用的名稱。

errors-line-damaged = 已損壞：{ $reason }
errors-line-not-text = 已損壞：不是 UTF-8 文字
errors-line-newer = 由較新版本的 Stillpoint 寫入（格式 { $format }）；仍保留在檔案中，但不在這裡顯示
errors-line-empty-id = id 是空的
errors-line-feeling = { $field } 是 { $value }；感受的範圍是 1 到 5
errors-line-missing = 這筆紀錄缺少 `{ $field }`
errors-line-bad-start = start_utc `{ $start }` 不是 RFC 3339 格式的時間：{ $reason }
errors-line-bad-offset = utc_offset `{ $offset }` 不是像 +01:00 這樣的時差
errors-line-unknown-practice = practice `{ $given }` 不是這個版本的 Stillpoint 認得的練習類型
errors-line-clock = 它的時鐘超過了 3000 年
errors-line-too-long = practised_secs 為 { $minutes } 分鐘；一筆紀錄最多 { $days } 天
errors-practice-unknown = 「{ $given }」不是一種練習類型；類型有 { $kinds }
errors-goal-minutes = 目標是每天 1 到 { $most } 分鐘；給的是 { $given }
errors-goal-days = 目標是每週 1 到 7 天；給的是 { $given }
errors-report-backwards = 這段期間的結束（{ $to }）早於開始（{ $from }）
errors-report-too-long = 一份報告最多涵蓋 { $days } 天
errors-report-not-begun = 這段期間還沒開始：它從 { $from } 開始
errors-report-pdf = 無法製作 PDF：{ $reason }

## 讀寫檔案時的問題，用一般人的話說。

errors-io-disk-full = 磁碟已滿
errors-io-read-only = 磁碟是唯讀的
errors-io-permission-denied = 沒有權限
errors-io-folder-in-place = 那個位置是一個資料夾

## 手動加入在別處完成的練習。

errors-manual-minutes = 練習的分鐘數必須介於 1 到 { $most }；你填的是 { $given }
errors-manual-future = { $start } 還沒到；等練習完成後再記錄吧

## 匯入練習。$column 是檔案中欄位的名稱（Started At、Duration、ID、
## practised_secs…）；$text 是檔案裡的內容。

errors-import-empty = 檔案是空的
errors-import-unknown-header = 第一行不是 Stillpoint 認得的標題列（{ $found }）；應該是 Insight Timer 的 Started At,Duration,Preset,Activity、Meditation Assistant 的 "ID","Length","Started","Completed","Message"、Stillpoint 的匯出檔，或 Apple 健康的 export.xml
errors-import-not-health = 這不是 Apple 健康的 export.xml（它以 { $found } 開頭，而不是 <HealthData>）
errors-import-wrong-header = 標題列與 --format { $format } 不符：{ $found }
errors-import-cannot-read = 無法讀取這個檔案
errors-import-found-xml = 一個 XML 檔
errors-import-not-a-text-file = 它不是文字檔
errors-import-not-text = 不是 UTF-8 文字
errors-import-empty-id = { $column } 欄是空的
errors-import-column-empty = { $column } 是空的
errors-import-not-whole = { $column }「{ $text }」不是整數
errors-import-longer-than-a-day = { $column }「{ $text }」超過一天
errors-import-secs-longer-than-a-day = practised_secs { $seconds } 超過一天
errors-import-feeling = { $column } { $value } 不在 1 到 5 之間
errors-import-bad-start = start「{ $text }」不是 RFC 3339 格式的時間（{ $reason }）
errors-import-bad-ended = ended「{ $text }」不是 completed、ended early 或 interrupted
errors-import-ma-bad-started = Started「{ $text }」不是像 2024-03-01 07:30 這樣的時間
errors-import-ma-bad-length = Length「{ $text }」不是像 00:20 這樣的長度
errors-import-insight-bad-started = Started At「{ $text }」不是像 10/15/2024 06:30:00 或 10/15/2024 6:30:00 AM 這樣的時間
errors-import-insight-bad-duration = Duration「{ $text }」不是像 0:20:00 這樣的長度
errors-import-insight-no-time = Duration「{ $text }」的長度是零
errors-import-insight-skipped-hour = Started At「{ $text }」落在時鐘往前調時跳過的那一小時；以 { $time } 讀取
errors-import-health-no-element = 完全沒有 XML 元素
errors-import-health-ends-early = 檔案在 </HealthData> 之前就結束了
errors-import-health-unreadable = 從這裡開始檔案無法讀取（{ $reason }）
errors-import-health-no-attribute = 這筆資料沒有 { $attribute }
errors-import-health-bad-time = { $attribute }「{ $text }」不是像 2022-07-31 09:20:46 -0700 這樣的時間
errors-import-health-end-before-start = endDate「{ $end }」不在 startDate「{ $start }」之後
errors-import-health-longer-than-a-day = 從 { $start } 到 { $end } 的練習超過一天

## 一起靜坐如何重複。$most 是允許的上限；$given 是填寫的值。

errors-repeat-every = 「{ $text }」無法表示靜坐多久重複一次；請寫成 1d、1w 或 2w（每天、每週、每兩週）
errors-repeat-interval = 靜坐每隔 1 到 { $most } 天或週重複一次，不能是每 { $given }
errors-repeat-count = 一份邀請可以有 1 到 { $most } 次靜坐，不能是 { $given } 次
errors-repeat-no-count = 請用 --count N 說明靜坐要進行幾次（1 到 { $most }）
errors-repeat-rule = 重複規則「{ $rule }」：{ $problem }
errors-repeat-daily = { $days ->
    [1] 每天
   *[other] 每 { $days } 天
}，共 { $count ->
   *[other] { $count } 次
}
errors-repeat-weekly = { $weeks ->
    [1] 每週
   *[other] 每 { $weeks } 週
}，共 { $count ->
   *[other] { $count } 次
}

## 行事曆重複規則（RRULE）中的問題；其中的名稱保持原樣。

errors-rrule-not-name-value = 「{ $part }」不是 NAME=VALUE 的形式
errors-rrule-frequency = 不支援 FREQ={ $value }；靜坐只能每天或每週重複（FREQ=DAILY 或 FREQ=WEEKLY）
errors-rrule-not-whole = { $name }={ $value } 不是整數
errors-rrule-until = UNTIL={ $value } 不是像 20270101T000000Z 這樣的 UTC 時間
errors-rrule-unsupported = 不支援 { $name }；靜坐從第一次起每 N 天或每 N 週重複（FREQ、INTERVAL，以及 COUNT 或 UNTIL）
errors-rrule-twice = { $name } 出現了兩次
errors-rrule-no-frequency = 它沒有 FREQ（DAILY 或 WEEKLY）
errors-rrule-count-and-until = 請給 COUNT 或 UNTIL，不要兩個都給
errors-rrule-never-ends = 它永遠不會結束；請給 COUNT（幾次靜坐）或 UNTIL（最後一次）
errors-rrule-until-before-first = UNTIL 在第一次靜坐（{ $first }）之前

## 無法放進行事曆的一起靜坐。

errors-calendar-no-end = 「{ $title }」沒有固定的結束時間，所以行事曆無法知道它何時結束
errors-calendar-too-late = 這次靜坐結束的時間超過了行事曆能記錄的最後一天

## 朗讀引導語。$program 是程式的名稱（espeak-ng、festival）或
## errors-speech-synthesis。

errors-speech-synthesis = 語音合成
errors-speech-two-synthesizers = { $first } 和 { $second }
errors-speech-start = 無法啟動 { $program }：{ $reason }
errors-speech-failed = { $program } 執行失敗（{ $reason }）
errors-speech-timed-out = { $program } 超過 { $seconds } 秒還沒完成
errors-speech-not-audio = { $program } 產生的不是音訊（{ $reason }）
errors-speech-no-synthesizer = 沒有語音合成程式
errors-speech-far-too-long = 太長了
errors-speech-no-channels = 沒有聲道
errors-speech-no-sound = 裡面沒有聲音

## 練習指定的音訊檔為什麼無法使用。

errors-audio-folder = 它是一個資料夾
errors-audio-no-sound = 裡面沒有聲音
errors-audio-unknown-format = 它不是 Stillpoint 認得的格式

## 把練習轉成 WAV 檔。

errors-render-open-ended = 沒有固定結束時間的練習需要指定長度才能轉成檔案；請用 --length 指定
errors-render-cannot-write = 無法寫入 { $path }：{ $reason }

## 時間軸為事件所用的字（`stillpoint timeline`）。
## $sound 是背景聲音的名稱；$percent 是整數。

errors-timeline-fades-in = { $sound }漸漸響起
errors-timeline-fade-to = 音量漸變到 { $percent }%
errors-timeline-fade-out = 漸漸淡出
errors-timeline-end = 結束
