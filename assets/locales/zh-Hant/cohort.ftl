## cohort：「學習群組」畫面、等待共同靜坐開始，以及讀取學習群組資料夾時發現的情況。

cohort-back = 回到練習庫
cohort-heading = 學習群組
cohort-paste-invitation = 一起靜坐：貼上邀請
cohort-open-invitation = 開啟
cohort-session-not-in-library = 「{ $session }」不在你的練習庫中；你可以向邀請你的人索取它的檔案。

## 與學習群組一起練習。

cohort-membership = 你以「{ $name }」的名字，和 { $folder } 中的學習群組一起練習。
# $first_day 是該週的第一天，以 date-weekday-day-month 寫出。
cohort-week-of = { $first_day } 起的這一週：
cohort-member-days = { $days } 天
cohort-member-minutes = { $minutes } 分鐘
cohort-member-streak = 連續 { $days } 天
cohort-together-minutes = 大家一起：本週 { $minutes } 分鐘。
cohort-together-days = 大家一起：本週有 { $days } 天每個人都練習了；共 { $minutes } 分鐘。
cohort-rank-by-minutes = 依本週分鐘數排列（整個學習群組都適用）
cohort-leave = 離開學習群組
cohort-not-shared = 無法分享你的練習：{ $reason }
cohort-settings-not-saved = 無法寫入學習群組的設定：{ $reason }

## 加入。

cohort-join-intro = 和你的學習群組一起練習：選一個由你們的同步工具（Syncthing、Nextcloud、Dropbox、網路共用資料夾）保持一致的資料夾。Stillpoint 只會在那裡寫入你自己的檔案，內容是你練習的日子和分鐘數；絕不包括你的筆記。
cohort-join-folder = 資料夾
cohort-join-name = 你的名字
cohort-join-share-domains = 分享我練習的領域
cohort-join-share-streak = 分享我的連續天數
cohort-join = 加入
cohort-join-name-needed = 請填一個學習群組認得你的名字。
cohort-join-not-a-folder = { $folder } 不是這台電腦上的資料夾。
cohort-join-failed = 無法加入學習群組：{ $reason }

## 等待共同靜坐開始。

# $when 是靜坐開始的時候：「15:00」或「12月10日 週四 15:00」。
cohort-waiting-together = 一起靜坐，{ $when }
# $left 是像 1:00 或 23:30:00 的時鐘。
cohort-waiting-first-bell = 第一聲鐘響還有 { $left }
cohort-waiting-settle = 你可以先找好位子坐下，也讓其他人慢慢到來。
cohort-waiting-leave = 這次先不要

## 讀取學習群組的資料夾（命令列也會顯示這些）。$file 是資料夾中某個檔案的名稱。

cohort-share-problem = 無法將你的練習分享給 { $folder } 中的學習群組：{ $reason }
cohort-folder-unreadable = 無法讀取學習群組資料夾 { $folder }：{ $reason }
cohort-warning-settings-unreadable = { $file }：無法讀取；學習群組的設定維持預設值
cohort-warning-sync-copy = { $file }：看起來是同步工具建立的副本；已略過
cohort-warning-conflict-copy = { $file }：看起來是同步工具建立的衝突副本；已略過
cohort-warning-unreadable = { $file }：無法讀取（{ $reason }）；已略過
# $format 是檔案的格式版本，比這個 Stillpoint 能讀的還新。
cohort-warning-newer = { $file }：由較新版本的 Stillpoint 寫入（格式 { $format }）；已略過
cohort-warning-other-member = { $file }：內容指向另一位成員；已略過
cohort-warning-incomplete = { $file }：不完整，可能仍在同步中；已略過
cohort-warning-link = { $file }：是連結，不是資料夾本身的檔案；已略過
cohort-warning-too-large = { $file }：超過成員檔案可有的大小（{ $most }）；已略過
cohort-warning-invalid = { $file }：不是 Stillpoint 寫出的成員檔案（{ $reason }）；已略過
cohort-invalid-name = 名字超過 { $most } 個字元
cohort-invalid-date-twice = { $date } 出現了兩次
cohort-invalid-date-outside = { $date } 不在寫入前的 { $days } 天之內
cohort-invalid-minutes = { $date } 有 { $minutes } 分鐘，超過一天所能容納

## 每台電腦上都是同一份練習：透過資料夾共用的紀錄。
devices-error-name = 電腦名稱是一行，長度為 1 到 { $most } 個字元
devices-error-not-a-folder = { $folder } 是檔案，不是資料夾
devices-error-folder-missing = 找不到共用資料夾 { $folder }（是否尚未掛載，或還沒同步？）
devices-error-folder-is-data = { $folder } 位於 Stillpoint 自己的資料資料夾內；請選擇你的同步工具共用的資料夾
devices-error-write = 無法寫入 { $path }：{ $reason }
devices-error-not-linked = 這台電腦沒有連結到共用資料夾
devices-this-computer = 這台電腦
devices-unnamed = 一台電腦（{ $id }…）
devices-warning-too-many = 共用資料夾中有 { $count } 個檔案未讀取：最多讀取 { $most } 台電腦的紀錄，以及同步工具產生的 { $copies } 份副本
devices-warning-not-a-file = { $file }：不是資料夾本身的檔案（是連結或資料夾）；已略過
devices-warning-too-large = { $file }：超過練習紀錄可有的大小（{ $most }）；已略過
devices-warning-unreadable = { $file }：無法讀取（{ $reason }）；已略過
devices-warning-newer = { $name }：由較新版的 Stillpoint 寫入（格式 { $format }）；更新這一版之後就會顯示它的練習
devices-warning-torn = { $file }：最後一行仍在寫入中；寫完之後才會讀取
devices-warning-other-computer = { $file }：內容指向另一台電腦；已略過
devices-warning-name = { $file }：電腦名稱最多 { $most } 個字元；已略過
devices-warning-lines = { $name }：它的紀錄中有 { $count } 行無法讀取（已損壞，或來自較新版的 Stillpoint）；其餘的都已計算
devices-folder-unreadable = 無法讀取共用資料夾 { $folder }（{ $reason }）；你其他電腦的練習以上次讀取的內容顯示
devices-not-shared = 你的練習已保存在這台電腦上，但無法寫入共用資料夾 { $folder }（{ $reason }）；一旦可以就會寫入
devices-folder-away = 資料夾不存在
devices-id-taken = 另一台電腦以這台電腦的識別碼在那裡寫入（它的資料資料夾是從這台複製的嗎？）；在這台電腦上再執行一次 `stillpoint devices link`，讓它有自己的識別碼
devices-folder-away-said = 找不到共用資料夾 { $folder }，或其中已沒有這台電腦的檔案（尚未掛載，或還沒同步？）：你的練習保存在這台電腦上，資料夾回來後就會寫入；你其他電腦的練習則以上次讀取的內容顯示。如果資料夾換了位置，請再把這台電腦連結到它
