## app

app-clock-not-synchronized = 這台電腦的時鐘沒有與時間伺服器保持同步，所以它的鐘聲可能無法與其他人同時響起。

## 書桌前的正念鐘聲響起時，隨之而來的邀請。

app-pause-offer-heading = 正念鐘聲
app-pause-offer-invitation = 你也許可以停下來片刻。想要一段三分鐘的暫停嗎？
app-pause-offer-take = 暫停一下
app-pause-offer-snooze = { $minutes } 分鐘後
app-pause-offer-not-now = 現在不要

## 一起靜坐：在練習頁面上建立邀請。

sit-together-heading = 一起靜坐
sit-together-first-bell = 第一聲鐘響的時間（HH:MM，你的時間）
sit-together-repeat = 重複
sit-together-once = 一次
sit-together-every-week = 每週
sit-together-every-two-weeks = 每兩週
# 接在靜坐次數（2 次以上）後面。
sit-together-sits-in-all = 次靜坐
sit-together-make = 建立邀請
sit-together-copy-code = 複製代碼
sit-together-add-to-calendar = 加入行事曆
sit-together-add-to-calendar-hint = 將這次靜坐存成行事曆活動，並在你的行事曆中開啟
sit-together-comes-back-weekly = { $weeks ->
    [1] 每週一次
   *[other] 每 { $weeks } 週一次
}，共 { $count } 次；每次都用同一個代碼加入。
sit-together-comes-back-daily = { $days ->
    [1] 每天一次
   *[other] 每 { $days } 天一次
}，共 { $count } 次；每次都用同一個代碼加入。
sit-together-same-moment = 每個開啟它的人（在「學習群組」中，或用 `stillpoint play --invite 代碼`）都會在同一刻聽到第一聲鐘響。
sit-together-calendar-no-end = 「{ $session_title }」沒有固定的長度，行事曆無法知道它何時結束；`stillpoint invite { $session_id } --length 30m --ics 檔案` 可以建立一個能放進行事曆的邀請。
sit-together-calendar-too-late = 這次靜坐結束的時間，超過了行事曆能記錄的最後一天。
sit-together-calendar-not-written = 無法寫入行事曆檔案 { $path }：{ $reason }
sit-together-calendar-saved = 已存為 { $path }；它會在你的行事曆中開啟。
sit-together-calendar-saved-not-opened = 已存為 { $path }。這裡無法開啟它（{ $reason }）；請從你的行事曆開啟。

## 一起靜坐何時開始或已經結束，在視窗中與命令列上。$time 是像 15:00
## 這樣的時間；$day 是以 date-weekday-day-month(-year) 寫成的日期。

invite-today-at = 今天 { $time }
invite-day-at = { $day } { $time }
invite-sit-of = 第 { $number } 次，共 { $of } 次
invite-when-in-series = { $when }（{ $place }）
invite-sit-over = 這次靜坐已於 { $day } { $time } 結束；已經沒有可以加入的靜坐了。
invite-series-over = 這 { $count } 次靜坐的最後一次已於 { $day } { $time } 結束；已經沒有可以加入的靜坐了。

## 無法開啟的邀請。

invite-calendar-event = { $path } 是行事曆活動，不是邀請：它的說明裡有邀請的代碼（sit/…），用那個代碼就能開啟
invite-cannot-read = 無法讀取 { $path }：{ $reason }
invite-no-such-file = 無法開啟 { $path }：沒有這個檔案，它也不是邀請代碼（邀請代碼以 { $prefix } 開頭）
invite-not-readable = 這不是邀請（{ $reason }）
invite-not-an-invitation = 這不是邀請：應該是 `Invitation(...)`
invite-no-session = 邀請沒有指明練習
invite-no-start = 邀請沒有開始時間
invite-start-not-a-time = 開始時間「{ $start }」不是有效的時間（{ $reason }）
invite-bad-length = 長度「{ $length }」：{ $reason }
invite-code-no-session = 代碼沒有指明練習
invite-code-no-start = 代碼沒有開始時間
invite-code-start-not-a-time = 代碼中的「{ $start }」不是像 20261127T140000Z 這樣的時間
invite-code-bad-length = 代碼中的長度「{ $length }」：{ $reason }
invite-code-bad-repeat = 代碼中的重複設定：{ $reason }
invite-code-extra = 代碼結尾的「{ $extra }」不是邀請的一部分
