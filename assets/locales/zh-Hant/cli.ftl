## cli
## `stillpoint` 命令列印出的文字。id、檔案名稱、代碼與 JSON 維持原樣；
## 這裡只有它們周圍的文字。

## 各個命令共用

# 放在需要留意、但不會中止任何事的那一行前面。
cli-warning = 警告：{ $message }
cli-note = 提示：{ $message }
cli-error = 錯誤：{ $message }
# 寫在同一行的清單項目之間。
cli-separator = {"、"}
# 練習的分鐘數與天數。
cli-minutes = { $minutes } 分鐘
cli-days = { $count } 天
# 沒有領域的練習紀錄。
cli-domain-other = 其他
# 用於無法使用的東西，例如一個聲音或語音。
cli-left-out = { $what }已略去：{ $error }
cli-duration-hint = { $error }；時間長度請寫成「90s」、「5m」或「1h 10m」這樣的格式
cli-no-data-folder = 找不到存放資料的資料夾；你可以用 --data-dir 指定一個
cli-no-synthesizer = 沒有安裝語音合成程式（espeak-ng），所以引導只會顯示，不會朗讀
cli-cannot-write = 無法寫入 { $file }
cli-cannot-open = 無法開啟 { $file }
cli-cannot-remove = 無法移除 { $file }

## 找到一個練習

cli-no-session-with-id = 沒有 id 為「{ $id }」的練習；`stillpoint list` 會列出所有練習
cli-no-session-did-you-mean = 沒有 id 為「{ $id }」的練習；你要找的是不是「{ $suggestion }」？
cli-session-has-errors = { $name } 有錯誤，無法播放

## stillpoint list

cli-list-with-errors = 有錯誤的練習（可以用 `stillpoint validate` 查看詳情）
cli-list-own-sessions-folder = 你自己的練習放在 { $folder }

## stillpoint log

cli-log-empty = 還沒有任何練習紀錄。你播放的練習都會記錄在這裡。
cli-log-ended-early = （提早結束）
cli-log-interrupted = （中斷）
cli-log-no-entry = 沒有 id 為「{ $id }」的紀錄；`stillpoint log` 會列出所有紀錄
cli-log-note-saved = 已儲存 { $date }「{ $title }」的筆記。
cli-log-deleted = 已刪除 { $date }的「{ $title }」。`stillpoint log restore { $id }` 可以把它找回來。
cli-log-restored = 已找回 { $date }的「{ $title }」。
cli-log-marked = { $date } 的「{ $title }」已選入你的作品集：它的筆記會放進報告。
cli-log-marked-no-note = { $date } 的「{ $title }」已選入你的作品集。它還沒有筆記：`stillpoint log note { $id } 文字` 可以為報告加上一則。
cli-log-unmarked = { $date } 的「{ $title }」已移出你的作品集。
cli-log-added = 已記錄 { $date }「{ $title }」的 { $minutes } 分鐘練習（{ $id }）。
cli-log-bad-start = --start `{ $text }` 不是 RFC 3339 格式的時間（{ $reason }）；請寫成像 2026-11-24T07:30:00+01:00 這樣
cli-log-recovered = 「{ $title }」在 { $date } 還沒結束就停止了；它的 { $minutes } 分鐘已記入你的練習紀錄，標示為中斷。
cli-log-unreadable-saved-session = 無法讀取一個保存中的練習：{ $problem }
# 紀錄中的日期：某一天，以及某個時刻和它與 UTC 的時差。
cli-date-day = %Y/%m/%d
cli-date-moment = %Y/%m/%d %H:%M %:z
cli-date-moment-local = %Y/%m/%d %H:%M

## stillpoint stats

cli-stats-empty = 還沒有任何練習紀錄。你的統計會從第一次練習開始。
cli-stats-today = 今天（{ $date }）：{ $minutes } 分鐘
cli-stats-streak = 連續天數：{ $current }；最長 { $longest }
cli-stats-streak-waiting = 連續天數：{ $current }（今天的練習會讓它延續下去）；最長 { $longest }
cli-stats-in-all = 總計：在 { $days }裡練習了 { $sessions } 次，共 { $total }；平均每次 { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) } 分鐘
cli-stats-this-week = 本週：{ $minutes } 分鐘
cli-goal = 每週 { $days } 天，每天 { $minutes } 分鐘
cli-goal-set = 已設定每週目標：{ $goal }的正式練習（練習、通話、靜修）。
cli-goal-off = 每週目標已關閉。
cli-goal-none = 尚未設定每週目標。`stillpoint goal set --minutes 20 --days 5` 可以設定一個。
cli-goal-this-week = 目標：{ $goal }。本週：{ $days } / { $wanted } 天。
cli-goal-weeks-met = 最近 { $weeks } 週中有 { $met } 週達成：
cli-goal-met = 達成
cli-report-format = 「{ $file }」：報告可寫成 PDF（.pdf）或 Markdown（.md）
cli-report-written = 報告已寫入 { $file }，含 { $reflections } 則反思。
cli-report-missing-font = 這台電腦沒有字型包含 { $letters }：它們會顯示為空框（Debian：安裝 fonts-noto-core 和 fonts-noto-cjk）
cli-not-a-date = 「{ $given }」不是像 2026-10-01 這樣的日期
cli-stats-by-domain = 各領域：{ $domains }
cli-stats-domain-minutes = { $domain } { $minutes } 分鐘
cli-stats-weeks = 最近 { $weeks } 週，每週的分鐘數：
cli-stats-milestones = 里程碑：
cli-stats-milestone = { $title }（{ $date }）

## stillpoint export 與 import

cli-export-done = 已將 { $count } 筆紀錄匯出到 { $file }。
cli-import-left-out = { $reason }；已略過
cli-import-cut-short = { $reason }，所以檔案在這裡中斷了；這一行之前的練習都已匯入。你可以重新匯出一次，把其餘的也帶進來。
cli-import-done = 已從 { $file }（{ $format }）匯入：新增 { $added } 筆，{ $already } 筆已在你的紀錄中，略過 { $skipped } 筆。
cli-import-done-cut-short = 已從 { $file }（{ $format }）匯入：新增 { $added } 筆，{ $already } 筆已在你的紀錄中，略過 { $skipped } 筆；檔案在第 { $line } 行提早結束。

## stillpoint play

cli-play-name-a-session = 請指定要播放的練習，或用 --invite 指定一份邀請
cli-play-clock-not-synchronized = 這台電腦的時鐘沒有與時間伺服器同步，所以它的鐘聲可能不會和其他人同時響起
cli-play-begins-together = 「{ $title }」{ $when }一起開始：還有 { $left }
cli-play-joining = 在第一聲鐘響後 { $late } 加入。
cli-play-joining-in-series = 在第一聲鐘響後 { $late } 加入（{ $place }）。
cli-play-keys = 空白鍵暫停 · s 跳到下一步 · + 多加一分鐘 · q 結束
cli-play-speech-failed = 引導已無法朗讀（{ $why }）；接下來以文字顯示
cli-play-completed = 已完成：「{ $title }」，練習了 { $practised }。
cli-play-ended-early = 提早結束：「{ $title }」，練習了 { $practised }。
cli-play-logged = 已記入你的練習紀錄。
cli-play-not-logged = 這次練習暫時無法記錄：{ $problem }
cli-play-logged-later = 它已保存下來，下次啟動 Stillpoint 時會記錄。
# 練習在終端機播放時，引導文字下方的那一行。
cli-play-status-settling = 安頓中 · { $left } 後第一聲鐘響
cli-play-status-left = 第 { $step } 步，共 { $steps } 步 · 還剩 { $left }
cli-play-status-so-far = 第 { $step } 步，共 { $steps } 步 · 已過 { $position }
cli-play-status-paused = 已暫停
cli-play-status-separator = {" · "}

## stillpoint show

cli-show-id = id：{ $id }
cli-show-domain = 領域：{ $domain }
cli-show-domain-lens = 領域：{ $domain }，視角：{ $lens }
cli-show-length = 長度：{ $length }
cli-show-author = 作者：{ $author }
cli-show-tags = 標籤：{ $tags }
cli-show-steps = 步驟：
cli-show-steps-for-length = 步驟（練習長度為 { $length }）：
cli-show-until-you-end-it = 直到你結束為止
cli-show-afterwards = 結束之後：{ $reflection }
# `show --stats` 的欄位。
cli-pacing-step = 步驟
cli-pacing-session = 練習
cli-pacing-length = 長度
cli-pacing-minutes = 分鐘
cli-pacing-cues = 提示句
cli-pacing-words = 字數
cli-pacing-screen = 畫面
cli-pacing-speaking = 朗讀
cli-pacing-top-step = 最高步驟
cli-pacing-open = 不限
cli-pacing-minutes-value = { NUMBER($minutes, minimumFractionDigits: 1, maximumFractionDigits: 1) }
cli-pacing-step-notes = 畫面：同一時間畫面上最多的字數。朗讀：以每分鐘 110 字朗讀時，引導佔這個步驟的比例。
cli-pacing-library-notes = 畫面：同一時間畫面上最多的字數。朗讀：以每分鐘 110 字朗讀時，引導佔整個練習的比例；最高步驟：各步驟中最高的比例。

## stillpoint timeline

cli-timeline-ends = { $title } — 在 { $end } 結束（開始前先安頓 { $settle }）
cli-timeline-open-ended = { $title } — 不限時；顯示不限時步驟的第一個小時
cli-timeline-kind = { $kind ->
        [step] 步驟
        [cue] 提示句
        [bell] 鐘聲
        [voice] 語音
        [ambient] 背景
       *[end] 結束
    }
cli-timeline-strike = （第 { $strike } 聲，共 { $strikes } 聲）

## stillpoint render

cli-render-wrote = 已寫入 { $file }：「{ $title }」，{ $length }（48 kHz 立體聲，16 位元）
cli-render-wrote-spoken = 已寫入 { $file }：「{ $title }」，{ $length }（48 kHz 立體聲，16 位元，含朗讀的引導）

## stillpoint new

cli-new-default-title = 我的練習
cli-new-cannot-make-folder = 無法建立資料夾 { $folder }
cli-new-exists = { $file } 已經存在；請換一個名字（沒有做任何變更）
cli-new-cannot-write = 無法寫入 { $file }：{ $error }
cli-new-wrote = 已寫入 { $file }：一個{ $template ->
        [timer] 計時
        [flexible] 彈性長度的
       *[guided] 引導
    }練習，id 為「{ $id }」。
cli-new-open-it = 用任何文字編輯器都能開啟它；`stillpoint validate { $file }` 會檢查它。
cli-new-keep-it-in = 若想在練習庫中看到它，可以把它放在 { $folder }（或複製過去）。

## stillpoint validate

cli-validate-cannot-read = 無法讀取 { $path }：{ $error }
cli-validate-ok-session = ok  { $file }  { $id }：「{ $title }」，{ $domain }，{ $length }
cli-validate-ok-program = ok  { $file }  課程 { $id }：「{ $title }」，{ $modules } 個單元，{ $sessions } 個練習
cli-validate-summary = 已檢查 { $files } 個練習檔：{ $good } 個正確，{ $bad } 個有錯誤，{ $warnings } 個警告
cli-validate-nothing-found = 找不到任何練習檔（*.ron）

## stillpoint invite

cli-invite-bad-at = --at `{ $text }` 不是 RFC 3339 格式的時間（{ $reason }）；請寫成像 2026-11-27T15:00:00+01:00 這樣
cli-invite-no-end = { $problem }；請用 --length 指定大家一起坐多久
cli-invite-cannot-write-calendar = 無法寫入行事曆檔案 { $file }
cli-invite-wrote-calendar = 已寫入 { $file }：開啟它就能把這次靜坐加入行事曆（再加入一次會更新同一個活動）。
cli-invite-wrote = 已寫入 { $file }。
cli-invite-already-ended = 注意：這次靜坐已經結束了（UTC { $date }）；打開代碼的人會看到這個說明。若要邀請其他人，可以用較晚的 --at。
cli-invite-share = 「{ $title }」，{ $date }（UTC { $utc }）。分享這個代碼；用 `stillpoint play --invite CODE` 就能加入：
cli-invite-share-repeating = 「{ $title }」，{ $date }（UTC { $utc }），{ $repeats }。分享這個代碼；用 `stillpoint play --invite CODE` 就能加入：
cli-invite-is-a-folder = { $file } 是一個資料夾；請給一個要寫入的檔案名稱
cli-invite-no-folder = 無法寫入 { $file }：資料夾 { $folder } 不存在
cli-date-invite-ended = %Y年%-m月%-d日 %A %H:%M
cli-date-invite-start = %-m月%-d日 %A %H:%M %:z
cli-date-utc-time = %H:%M

## stillpoint cohort

cli-cohort-give-a-name = 請給一個學習群組認得你的名字：--name 名字
cli-cohort-name-too-long = 名字請在 { $most } 個字元以內，寫成一行：其他人會在自己的名字旁看到它
cli-cohort-folder-not-found = 找不到學習群組資料夾 { $folder }
cli-cohort-not-a-folder = { $folder } 不是資料夾
cli-cohort-cannot-save = 無法儲存 { $file }
cli-cohort-shared-days = 你練習的日子
cli-cohort-shared-minutes = 你的分鐘數
cli-cohort-shared-domains = 練習的領域
cli-cohort-shared-streak = 你的連續天數
cli-cohort-joined = 已以「{ $name }」的名字加入 { $folder } 中的學習群組。分享的內容：{ $shared }；絕不包括你的筆記。
cli-cohort-cannot-share = 無法在學習群組資料夾 { $folder } 中寫入你的檔案
cli-cohort-not-in-one = 你目前沒有加入學習群組
cli-cohort-not-in-one-join = 你目前沒有加入學習群組；`stillpoint cohort join DIR --name NAME` 可以加入一個
cli-cohort-week = { $folder } 中的學習群組，{ $date } 起的這一週：
cli-cohort-member = { $days } 天，{ $minutes } 分鐘
cli-cohort-member-streak = { $days } 天，{ $minutes } 分鐘，連續 { $streak } 天
cli-cohort-together = 大家一起：{ $days ->
        [0] 還沒有每個人都練習的日子
       *[other] 有 { $days } 天每個人都練習了
    }；共 { $minutes } 分鐘。
cli-cohort-left = 你已離開 { $folder } 中的學習群組；你在那裡的檔案已移除，其他人的檔案維持原樣。
cli-cohort-cannot-save-settings = 無法在 { $folder } 中寫入學習群組的設定
cli-cohort-ranking-on = 學習群組現在依本週的分鐘數排列，所有人都適用。
cli-cohort-ranking-off = 學習群組再次依名字排列，所有人都適用。

## stillpoint --help：每個命令與參數的說明，依它在命令樹中的位置命名
## （help-log-add-minutes 就是 `log add --minutes`）。

help-stillpoint = 為 Compassionate Systems 課程而設的桌面冥想播放器
help-data-dir = 把 Stillpoint 的所有狀態（練習紀錄、設定、你自己的練習）存放在 DIR，而不是平常的資料資料夾
help-list = 列出練習庫中的練習：內建的課程與你自己的練習
help-play = 播放一個練習
help-play-long =
    播放一個練習。

    加上 --no-gui 時在終端機中播放：即時倒數，引導隨著時間出現；空白鍵暫停，s 跳到下一步，+ 多加一分鐘，q 結束。
help-play-session = 一個練習檔，或內建練習、你自己練習的 id
help-play-invite = 加入一起靜坐：一個邀請檔或邀請代碼（由 `stillpoint invite` 產生）。提早開啟時會倒數到第一聲鐘響；晚到時則從大家所在的地方加入
help-play-length = 彈性長度的練習：選擇的長度；不限時的練習：它自行結束的時間
help-play-no-gui = 在終端機中播放，而不是在視窗中
help-play-speak = 搭配 --no-gui：在提示句沒有錄音的地方，用系統的語音合成程式（espeak-ng）朗讀引導
help-invite = 邀請其他人一起靜坐：一個練習的第一聲鐘響，會在同一時刻為每位開啟邀請的人響起；可以只有一次，也可以每隔幾天或幾週一次
help-invite-session = 一個練習檔，或內建練習、你自己練習的 id
help-invite-at = 第一聲鐘響的時間，以 RFC 3339 格式加上你的時差，例如 2026-11-27T15:00:00+01:00
help-invite-length = 彈性長度的練習：大家一起坐的長度；不限時的練習：結束的時間（行事曆活動需要它）
help-invite-every = 每隔 N 天或 N 週再坐一次（1d、1w、2w），總共 --count 次
help-invite-count = 搭配 --every：總共坐幾次，包含第一次（1 到 100）
help-invite-rrule = 或依行事曆規則重複：FREQ=DAILY 或 FREQ=WEEKLY、INTERVAL，以及 COUNT 或 UNTIL，例如 "FREQ=WEEKLY;INTERVAL=2;COUNT=6"
help-invite-output = 同時把邀請寫成一個檔案
help-invite-ics = 同時寫成行事曆活動（.ics），以便在行事曆中開啟；再加入一次會更新同一個活動
help-show = 顯示一個練習：它的詳細資料、步驟與引導
help-show-session = 一個練習檔，或內建練習、你自己練習的 id
help-show-length = 彈性長度的練習：用來安排步驟的長度（例如 "20m"）
help-show-stats = 改為顯示節奏：每個步驟的提示句數、字數、同一時間畫面上最多的字數，以及以每分鐘 110 字朗讀時引導所佔的比例。不指定練習時，練習庫中每個練習各一行
help-timeline = 依時間列出練習中的事件：步驟、鐘聲、語音、背景聲音、結束
help-timeline-long =
    依時間列出練習中的事件：步驟、鐘聲、語音、背景聲音、結束。

    時間從第一聲鐘響算起，也就是安頓的倒數之後。
help-timeline-session = 一個練習檔，或內建練習、你自己練習的 id
help-timeline-length = 安排練習所用的長度：彈性長度的練習是選擇的長度；不限時的練習是結束的時間
help-timeline-json = 輸出事件的 JSON 陣列（`at_ms`、`kind`、`label`……）
help-render = 把練習轉成 WAV 檔，隨處都能聆聽或分享
help-render-long =
    把練習轉成 WAV 檔，隨處都能聆聽或分享。

    檔案從第一聲鐘響開始，長度與練習完全相同，包含結束的鐘聲。
help-render-session = 一個練習檔，或內建練習、你自己練習的 id
help-render-output = 要寫入的 WAV 檔
help-render-length = 彈性長度的練習：選擇的長度；不限時的練習需要指定一個長度，並在那裡結束
help-render-speak = 在提示句沒有錄音的地方，用系統的語音合成程式（espeak-ng）在檔案中朗讀引導
help-log = 顯示練習紀錄：每一次練習，從最早的開始
help-log-json = 輸出紀錄的 JSON 陣列
help-log-add = 記錄在應用程式之外的練習：一次練習、一次通話、一天靜修、反思書寫、日常中的練習，或帶領他人練習
help-log-add-start = 開始的時間，以 RFC 3339 格式加上你當時與 UTC 的時差，例如 2026-11-24T07:30:00+01:00。記錄下來的就是這個時差
help-log-add-minutes = 練習了幾分鐘
help-log-add-session = 所練習的練習 id，如果它是練習庫中的練習
help-log-add-practice = 練習的類型：formal（正式）、informal（日常）、call（通話）、retreat（靜修）、journaling（書寫）或 teaching（帶領）；未指定時用練習本身的類型，否則為正式
help-log-add-note = 一起保存的筆記
help-log-note = 取代一筆紀錄的筆記（空白的文字會把它移除）
help-log-note-id = 紀錄的 id，如 `stillpoint log` 所顯示
help-log-note-text = 新的筆記，放在引號中；"" 會把它移除
help-log-delete = 刪除一筆紀錄。它會留在檔案的歷史中；`restore` 可以把它找回來
help-log-delete-id = 紀錄的 id，如 `stillpoint log` 所顯示
help-log-restore = 找回一筆已刪除的紀錄
help-log-restore-id = 紀錄的 id
help-log-mark = 把一筆紀錄選入你的作品集：它的筆記會放進報告
help-log-mark-id = 紀錄的 id，如 `stillpoint log` 所顯示
help-log-unmark = 把一筆紀錄移出你的作品集
help-log-unmark-id = 紀錄的 id，如 `stillpoint log` 所顯示
help-goal = 每週正式練習（練習、通話、靜修）的目標：每週至少幾天、每天至少幾分鐘。不加子命令時，顯示本週的進度
help-goal-set = 設定目標，例如 `--minutes 20 --days 5`
help-goal-set-minutes = 一天要有幾分鐘正式練習才算達到目標
help-goal-set-days = 每週有這些分鐘數的天數
help-goal-off = 移除目標
help-desk = 桌前的鐘聲：現在是否會響，若不會，原因為何
help-desk-status = 開啟或關閉、下一次鐘聲、要求的安靜時段，以及此刻暫停鐘聲的每個原因（請勿打擾、全螢幕視窗、通話或錄音、螢幕鎖定、不在電腦前、電池、安靜時段、時段之外、鐘聲已關閉），以鐘聲本身的方式從桌面讀取
help-desk-status-json = 以 JSON 輸出（`enabled`、`next_bell`、`quiet_until`、`held_by`）
help-devices = 在你使用的每台電腦上都是同一份練習：透過你的同步工具在各台電腦之間保持一致的資料夾來分享紀錄
help-devices-link = 把這台電腦連結到你的同步工具在各台電腦之間共用的資料夾（Syncthing、Nextcloud、Dropbox、網路共用資料夾）。這台電腦的練習會寫到那裡，其他電腦的練習也從那裡讀取
help-devices-link-dir = 共用資料夾
help-devices-link-name = 這台電腦的名稱，例如「學校筆電」：預設為原本的名稱，或系統給它的名稱。用另一個名稱再連結一次即可改名
help-devices-status = 已連結的電腦：每台最後一次寫入的時間，以及各有多少筆紀錄
help-devices-status-json = 輸出 JSON（`folder`、`computers`，含 `name`、`this_computer`、`left`、`last_wrote`、`entries`）
help-devices-unlink = 停止分享。這台電腦的檔案會留在資料夾中，標示為已離開，它的練習在其他電腦上仍然計算
help-report = 一段練習期間的紀錄，供作品集審閱：PDF 或 Markdown 報告，或其數據的 JSON
help-report-long =
    一段練習期間的紀錄，供作品集審閱：PDF 或 Markdown 報告，或其數據的 JSON。

    期間以練習日計算：在最後一天的隔天 01:30、每日開始的時間之前的練習，仍算在期間內。只有選入作品集的筆記（`log mark`）會放進報告，除非另外要求。
help-report-from = 第一個練習日，例如 2026-10-01
help-report-to = 最後一個練習日，例如 2027-03-31
help-report-output = 要寫入的檔案：PDF（.pdf）或 Markdown（.md）
help-report-json = 以 JSON 輸出數據
help-report-name = 印在封面上的名字（未提供時用你在共修小組中的名字）
help-report-reflections = 要放進哪些反思：marked（已選入，預設）、none（不放）或 all（全部）
help-new = 寫一個新的練習檔作為起點，每個欄位都附有說明
help-new-long =
    寫一個新的練習檔作為起點，每個欄位都附有說明。

    這個檔案本身就是有效的；你可以用任何文字編輯器修改文字、步驟與鐘聲，`stillpoint validate 檔案` 會檢查它。
help-new-file = 要寫入的檔案（沒有副檔名時會加上 `.ron`）。放在你的練習資料夾中，就能在練習庫中看到它
help-new-template = 從哪一種練習開始
help-cohort = 透過你的同步工具（Syncthing、Nextcloud、Dropbox、網路共用資料夾）保持一致的共用資料夾，和學習群組一起練習
help-cohort-join = 連結一個學習群組資料夾，並在那裡分享你的練習：你練習的日子、你的分鐘數、練習的領域（除非關閉），以及你願意的話，你的連續天數。絕不包括你的筆記
help-cohort-join-dir = 共用資料夾
help-cohort-join-name = 學習群組認得你的名字
help-cohort-join-no-domains = 不分享你練習的領域
help-cohort-join-share-streak = 也分享你目前的連續天數
help-cohort-status = 本週誰練習了，以及每個人都練習的日子
help-cohort-status-json = 輸出 JSON（`members`，含 `name`、`days_practised_this_week`、`minutes_this_week`；`days_all_practised`）
help-cohort-leave = 停止分享：從學習群組資料夾中移除你自己的檔案
help-cohort-ranking = 為學習群組中的每個人，依本週分鐘數而不是名字排列（除非學習群組開啟，否則為關閉）
help-stats = 顯示練習統計：連續天數、總計、每週分鐘數、里程碑
help-stats-json = 輸出 JSON（`current_streak_days`、`longest_streak_days`、`total_minutes`、`sessions`、`days_practised` 等）
help-export = 把練習紀錄匯出為 CSV 檔，供試算表使用或作為備份
help-export-csv = 要寫入的 CSV 檔
help-import = 從其他應用程式匯入練習：Insight Timer 匯出的 CSV、Apple Health 的 export.xml（其中的正念練習）、Meditation Assistant 的 CSV，或 Stillpoint 的匯出檔
help-import-long =
    從其他應用程式匯入練習：Insight Timer 匯出的 CSV、Apple Health 的 export.xml（其中的正念練習）、Meditation Assistant 的 CSV，或 Stillpoint 的匯出檔。

    已經在紀錄中的練習會略過，即使是從其他來源記錄的也一樣（開始時間相差不到一分鐘、長度相同），所以同一個檔案匯入兩次不會多加任何東西。沒有時區的時間，會依這台電腦當時的時區來讀取。
help-import-file = 要讀取的檔案
help-import-format = 檔案的格式；沒有指定時，會從檔案開頭判斷
help-validate = 檢查練習檔，並以 檔案:行:欄 指出每個問題
help-validate-long =
    檢查練習檔，並以 檔案:行:欄 指出每個問題。

    資料夾會遞迴搜尋 .ron 檔。任何檔案有錯誤時以狀態 1 結束；只有警告時維持 0。
help-validate-paths = 練習檔或資料夾
help-new-template-guided = 畫面上有文字的步驟（你願意的話，也可以加上它們的錄音）
help-new-template-timer = 由鐘聲守護的安靜
help-new-template-flexible = 由練習的人選擇長度，由一個步驟填滿
help-import-format-stillpoint-csv = Stillpoint 自己的匯出檔（`stillpoint export --csv`）
help-import-format-insight-timer = Insight Timer 匯出的 CSV
help-import-format-meditation-assistant = Meditation Assistant 匯出的 CSV
help-import-format-apple-health = Apple Health 的 `export.xml`：其中的正念練習
help-report-reflections-marked = 已選入作品集的紀錄的筆記
help-report-reflections-none = 不放任何筆記
help-report-reflections-all = 這段期間的所有筆記

# clap 自己的用語，以這個語言呈現。
# clap 在標題後面加的是半形冒號，這裡也用半形，保持一致。
help-heading-usage = 用法:
help-heading-commands = 命令
help-heading-arguments = 參數
help-heading-options = 選項
help-flag-help = 顯示說明
help-flag-version = 顯示版本
help-help = 顯示這段說明，或指定命令的說明
help-env = [環境變數：{ $name }]
help-default = [預設：{ $value }]
help-possible-values = [可用的值：{ $values }]
cli-devices-linked = 這台電腦「{ $name }」現在透過 { $folder } 分享練習。
cli-devices-linked-next = 把你的其他電腦連結到同一個資料夾（以同步工具在那台電腦上的位置為準）：`stillpoint devices link <資料夾> --name "…"`。`stillpoint devices status` 會顯示每台電腦寫入的內容。
cli-devices-unlinked = 這台電腦不再透過 { $folder } 分享練習。它的檔案留在那裡，標示為已離開；其中的練習在你的其他電腦上仍然計算。
cli-devices-not-linked = 這台電腦沒有連結到共用資料夾。用 `stillpoint devices link <資料夾> --name "…"` 連結。
cli-devices-folder = 透過 { $folder } 分享
cli-devices-this-computer = { $name }（這台電腦）
cli-devices-left = { $name }（已離開）
cli-devices-last-wrote = 最後寫入於 { $when }
cli-devices-never-wrote = 連結之後尚未寫入
cli-devices-entries = { $count } 筆紀錄
cli-devices-together = 合計 { $count } 筆紀錄，每筆只計算一次。
cli-log-replaced-note = 被另一台電腦上的編輯取代：
cli-devices-still-linked = 這台電腦「{ $name }」透過 { $folder } 分享練習。
cli-devices-unlinked-own = 從現在起，這台電腦只顯示它自己的練習。
cli-devices-renamed = 這台電腦在你所有的電腦上現在都叫做「{ $name }」。
