## 桌面上的 Stillpoint：登入時開啟，以及從視窗之外要求的暫停（例如用快捷鍵執行 `stillpoint pause`）。

# 自動啟動項目的說明，會顯示在桌面「登入時開啟的程式」清單中。
desktop-autostart-comment = 登入時安靜地開啟 Stillpoint，讓書桌前的鐘聲可以響起
desktop-start-at-login = 登入時開啟 Stillpoint
desktop-start-at-login-hint = 它會安靜地在系統匣中開啟（沒有系統匣時則最小化）；如果書桌前的鐘聲已開啟，鐘聲就會照常響起。
desktop-autostart-cannot-write = 無法讓 Stillpoint 在登入時開啟：無法寫入 { $path }（{ $reason }）。你也許可以確認這個資料夾可以寫入，然後再試一次。
desktop-autostart-cannot-remove = 無法讓 Stillpoint 不再於登入時開啟：無法移除 { $path }（{ $reason }）。你也許可以自己移除這個檔案。
desktop-pause-handed = 暫停會在已經執行中的 Stillpoint 視窗裡開始。
desktop-cannot-listen = `stillpoint pause` 無法連到這個視窗（{ $reason }）；這個指令會改為開啟另一個視窗

## 命令列對上面這個選項與指令的說明。

help-background = 不加指令時：安靜地在系統匣中或以最小化方式開啟程式，書桌前的鐘聲照常響起（和登入時開啟一樣）
help-pause = 現在做三分鐘的暫停，在已開啟的程式中，或在新視窗中
help-pause-long =
    現在做三分鐘的暫停，在已開啟的程式中，或在新視窗中。

    你可以在桌面設定一個快捷鍵來執行它，按一下就能暫停。

## 通知、系統匣圖示，以及在書桌前的鐘聲開啟時關閉視窗。

desktop-open = 開啟 Stillpoint
desktop-reminder-heading = 練習的片刻
desktop-reminder-body = 你今天還沒有練習。方便的時候，你也許可以花幾分鐘。
# 今天稍後一次鐘聲的時間，顯示在系統匣選單中（chrono 格式）。
desktop-tray-time-today = %H:%M
desktop-tray-next-bell = 下一次鐘聲：{ $when }
desktop-tray-bells-off = 書桌前的鐘聲已關閉
desktop-tray-quiet-until = 鐘聲暫停至 { $when }
desktop-tray-quiet-hour = 讓鐘聲安靜一小時
desktop-tray-quiet-tomorrow = 讓鐘聲安靜到明天
desktop-tray-resume = 讓鐘聲再次響起
desktop-tray-take-pause = 現在暫停一下
desktop-pause-offer-in-tray = 想要一段三分鐘的暫停嗎？它在 Stillpoint 圖示的選單裡等你，還有回應鐘聲的其他選項。
desktop-tray-offer = { $when } 的鐘聲：為你準備了一段暫停
desktop-tray-quit = 結束 Stillpoint
desktop-reminder = 在還沒有練習的日子，溫和地提醒我
desktop-reminder-at = 時間（時）
desktop-reminder-minute = 分
desktop-no-notifications = 這個桌面沒有 Stillpoint 能使用的通知服務，所以鐘聲的暫停邀請會出現在 Stillpoint 視窗中，每日提醒也無法送出。
desktop-no-tray = 這個桌面沒有為 Stillpoint 顯示系統匣圖示，所以鐘聲只在 Stillpoint 視窗開啟時響起。
desktop-close-heading = 要保留鐘聲嗎？
desktop-close-question = 你書桌前的鐘聲已開啟。關閉視窗時，Stillpoint 可以留在系統匣中，繼續讓鐘聲響起。
desktop-close-keep = 在系統匣中保留鐘聲
desktop-close-quit = 結束
desktop-close-choice = 鐘聲開啟時關閉視窗的話
desktop-close-ask = 詢問我
desktop-state-unreadable = 無法讀取 { $path }（{ $reason }）；鐘聲照原本的安排響起，沒有保留任何靜音時段
desktop-state-cannot-save = 無法寫入 { $path }（{ $reason }）；從系統匣要求的靜音只維持到 Stillpoint 關閉為止
desktop-no-sound-device = 無法開啟任何音訊裝置（{ $reason }）；鐘聲的邀請會照常出現，只是沒有聲音
desktop-tray-only-failed = 鐘聲無法留在系統匣中（{ $reason }）；改為開啟視窗
desktop-cannot-keep-in-tray = 鐘聲無法交給系統匣（{ $reason }）；請再次開啟 Stillpoint 以聽見鐘聲

## Why a bell did not ring

desk-held-do-not-disturb = 「請勿打擾」已開啟
desk-held-fullscreen = 有視窗正以全螢幕顯示
desk-held-in-a-call = 正在通話或錄音
desk-held-screen-locked = 螢幕已鎖定
desk-held-away = 你不在電腦前
desk-held-on-battery = 電腦正在使用電池
desk-held-quiet = 你要求的安靜時段
desk-held-outside-hours = 不在鐘聲的時段內
desk-held-off = 書桌前的鐘聲已關閉
desk-would-ring = 現在會響起鐘聲。
desk-held = 暫停中：{ $reasons }。
desk-status-on = 桌前的鐘聲：開啟，每 { $minutes } 分鐘，{ $from }:00 到 { $to }:00
desk-status-off = 桌前的鐘聲：關閉
desk-status-next = 下一次鐘聲：{ $time }
desk-status-quiet = 安靜到 { $time }
