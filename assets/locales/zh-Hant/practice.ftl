## practice：「我的練習」畫面（連續天數、總計、日曆、每週分鐘數、里程碑、
## 歷史紀錄），以及統計資料提供給它的文字。

practice-back = 回到練習庫
practice-heading = 我的練習
practice-kind = { $kind ->
    [informal] 日常中的練習
    [call] 靜觀通話
    [retreat] 靜修
    [journaling] 反思書寫
    [teaching] 帶領練習
   *[formal] 正式練習
}
practice-dismiss = 知道了

## 時間長度的簡短寫法，用於統計與歷史紀錄。

practice-minutes = { $minutes } 分鐘
practice-hours = { $hours } 小時
practice-hours-minutes = { $hours } 小時 { $minutes } 分鐘

## 練習庫頂端列下方的一行。

practice-today-nothing-yet = 今天還沒有練習
practice-today-under-a-minute = 今天：不到一分鐘
practice-today-minutes = 今天：{ $minutes } 分鐘
# $today 是上面三行之一；$streak 是 practice-days-in-a-row。
practice-today-and-streak = { $today } · { $streak }

## 連續天數與總計。

# 也用作里程碑的標題，以及學習群組成員的連續天數。
practice-days-in-a-row = 連續 { $days } 天
practice-nothing-logged = 還沒有任何紀錄。你的每一次練習都會保存在這裡，連同你的筆記。
practice-streak-new = 下一次練習，就是新的連續天數的開始。
practice-streak-with-today = 連續 { $days } 天。
practice-streak-waiting-for-today = 連續 { $days } 天；今天的練習會讓它延續下去。
practice-streak-longest = 最長：{ $days } 天
practice-today-and-this-week = 今天 { $today } 分鐘 · 本週 { $this_week } 分鐘
practice-goal-heading = 每週目標
practice-goal-this-week = 本週：{ $days } / { $wanted } 天
practice-goal = 每週 { $days } 天，每天 { $minutes } 分鐘正式練習
practice-goal-weeks-met = 最近 { $weeks } 週中有 { $met } 週達成
practice-journal = 日誌
practice-journal-search = 搜尋日誌
practice-journal-kind = 顯示
practice-journal-every-kind = 所有類型
practice-journal-from = 從
practice-journal-to = 到
practice-journal-marked-only = 只看我的作品集
practice-journal-count = { $count ->
    [0] 沒有找到筆記
   *[other] { $count } 則筆記
}
practice-journal-show-more = 顯示更多筆記
practice-report = 製作報告
practice-report-name = 封面上的名字
practice-report-reflections = 反思
practice-report-reflections-marked = 已選入我作品集的
practice-report-reflections-none = 不放
practice-report-reflections-all = 所有筆記
practice-report-make = 製作報告
practice-report-making = 正在製作報告…
practice-report-written = 報告在 { $file }
practice-report-open = 打開報告
# $time 是像「10 小時 43 分鐘」的長度；$average 以分鐘計。
practice-in-all = 總計：{ $days } 天裡練習了 { $sessions } 次，共 { $time }；平均每次 { NUMBER($average, maximumFractionDigits: 1) } 分鐘

## 過去一年的日曆與每週圖表。

practice-last-year = 過去一年
practice-calendar-summary = 過去 { $days } 天中，有 { $practised } 天練習
# $day 是以 date-weekday-day-month-year 寫出的日期。
practice-calendar-day = { $day }：{ $minutes } 分鐘
practice-minutes-a-week = 每週分鐘數
# $week 是該週的第一天，以 practice-date-day-short-month 寫出。
practice-week-bar = { $week } 起的一週：{ $minutes } 分鐘
practice-weeks-range = 從 { $first_week } 起的那一週到本週；單週最多：{ $most } 分鐘

## 領域與里程碑。

practice-by-domain = 依領域
practice-domain-time = { $domain }：{ $time }
practice-domain-mindfulness = 正念
practice-domain-compassion = 慈悲
practice-domain-well-being = 身心安康
practice-domain-timer = 計時
practice-domain-other = 其他練習
practice-milestones = 里程碑
practice-milestone-first-session = 你的第一次練習
practice-milestone-hours = 練習 { $hours } 小時
practice-milestone-reached = { $milestone } · { $date }
# $milestone 是里程碑的標題。
practice-milestone-ahead = 接下來：{ $milestone }

## 加入在應用程式以外的練習。

practice-form-heading = 在別處練習了嗎？
practice-form-date = 日期
practice-form-time = 時間
practice-form-minutes = 分鐘
practice-form-kind = 練習類型
practice-form-note-hint = 想寫的話，留一則筆記
practice-form-add = 加入我的練習
practice-form-not-a-date = 「{ $given }」不是像 2026-11-24 這樣的日期
practice-form-not-a-time = 「{ $given }」不是像 07:30 這樣的時間
practice-form-not-minutes = 「{ $given }」不是分鐘數
practice-form-no-such-time = 這裡的時鐘在那個時間前後調整過，所以這個時間不明確；你可以改選另一個時間。
practice-form-minutes-out-of-range = 在這裡加入的練習可以是 1 到 { $most } 分鐘；你填的是 { $given }。
practice-form-in-the-future = { $start } 還沒到；練習過後再加入就好。

## 歷史紀錄。

practice-history = 歷史紀錄
practice-history-deleted = 已刪除 { $day } 的「{ $title }」。
practice-history-undo = 復原
practice-history-empty = 你的練習會列在這裡。
practice-history-ended-early = 提早結束
practice-history-interrupted = 中斷
# 練習前後的感受，從 1 到 5。
practice-history-feeling = 感受 { $before } → { $after }
practice-history-note-hint = 筆記
practice-history-save-note = 儲存筆記
practice-history-cancel = 取消
practice-history-edit-note = 編輯筆記
practice-history-add-note = 加上筆記
practice-history-delete = 刪除
practice-history-portfolio = 選入我的作品集
practice-history-show-more = 顯示更多

## 關於練習紀錄的通知，顯示在畫面上方，直到關閉。

practice-notice-interrupted = { $when } 的「{ $title }」在結束前停止了。它的 { $minutes } 分鐘已記在你的紀錄中，標示為中斷。
# 接著是略過的各行，一行一則。
practice-notice-unreadable-lines = 你的練習紀錄中有幾行無法讀取，已略過（檔案本身保持原樣）：
practice-notice-not-shared = 無法將你的練習分享給 { $folder } 中的學習群組：{ $reason }。
practice-notice-rules-not-saved = 無法儲存你的練習設定：{ $reason }
practice-write-problem = 目前無法寫入你的練習紀錄：{ $problem }。有 { $waiting } 項變更先保存在這裡，一有機會就會寫入。

## 日期（chrono 格式：%Y 年，%-m 月，%-d 日，%A 星期，%a 星期的簡稱，%H:%M 時間）。

practice-date-day-short-month = %-m月%-d日
practice-date-day-month = %-m月%-d日
practice-date-day-month-year = %Y年%-m月%-d日
practice-date-weekday-day-month-time = %-m月%-d日 %A %H:%M
practice-date-entry = %Y年%-m月%-d日（%a）%H:%M

## 作品集報告

report-title = 練習紀錄
report-cohort = 共修小組：{ $cohort }
report-date = %Y年%-m月%-d日
report-period = 從 { $from } 到 { $to }（{ $days } 天）
report-period-so-far = 從 { $from } 到今天 { $to }（目前 { $days } 天；這段期間到 { $end } 結束）
report-goal = 每週目標：每週 { $days } 天，每天 { $minutes } 分鐘正式練習
report-no-goal = 沒有設定每週目標。
report-figures = 數據
report-minutes-total = 總計：{ $time }（{ $minutes } 分鐘）
report-days-practised = 練習天數：{ $days } / { $of }
report-sessions = 記錄的練習：{ $sessions }
report-calls = 參加的靜觀通話：{ $calls }
report-weeks-met = { $weeks } 週中有 { $met } 週達成目標
report-by-practice = 各類練習的分鐘數
report-column-practice = 練習類型
report-column-minutes = 分鐘
report-column-time = 時間
report-weeks = 各週
report-column-week = 週的開始
report-column-days-practised = 練習天數
report-column-days-meeting-goal = 達成目標的天數
report-column-met = 目標
report-met = 達成
report-not-met = 未達成
report-by-domain = 依領域
report-by-lens = 依視角
report-column-sessions = 練習
report-program = 課程：{ $program }
report-column-module = 單元
report-column-sessions-practised = 已練習的練習
report-column-complete = 完成
report-complete = 完成
report-domain-other = 其他練習
report-calendar = 這段期間，逐日
report-calendar-alt = 從 { $first } 到 { $last }，每週一欄、每個星期幾一列（第一天在最上面），顏色越深分鐘越多：{ $of } 天中有 { $days } 天練習
report-minutes-a-week = 每週分鐘數
report-minutes-a-week-alt = 每週分鐘數，從 { $first } 到 { $last }；一週最多 { $most } 分鐘
report-reflections = 反思
report-no-reflections = 這份報告沒有選入反思。
report-prompt = 提問：{ $prompt }
practice-history-replaced-note = 被另一台電腦上的編輯取代：
