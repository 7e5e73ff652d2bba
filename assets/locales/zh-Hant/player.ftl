## player：播放畫面、結束畫面，以及錄製引導語。

## 播放時的控制項。

player-pause = 暫停
player-resume = 繼續
player-skip-step = 跳過這一步
player-one-more-minute = 再一分鐘
player-end = 結束
player-focus = 專注
player-sound = 聲音
player-show-everything = 顯示全部
player-show-one-cue = 一次顯示一句
player-show-whole-step = 顯示整個步驟

## 圓環中的時間。$time 是像 2:30 這樣的時間。

player-first-bell-in = { $time } 後響起第一聲鐘
player-time-left = 還剩 { $time }
player-less-than-a-minute-left = 剩不到一分鐘
player-minutes-left = 還剩 { $minutes } 分鐘
player-time-so-far = 已經過 { $time }
player-minutes-so-far = 已經過 { $minutes } 分鐘
player-paused = { $time } · 已暫停

## 編寫者的預覽。

player-preview-heard = 以 1 倍速預覽：不會記錄
player-preview-fast = 以 { $speed } 倍速預覽：無聲，鐘聲以文字顯示；不會記錄
player-preview-speed = { $speed } 倍速
player-jump-to = 跳到：
player-bell-passed = 鐘聲：{ $bell }（目前共 { $count } 次）

## 出了狀況時，播放畫面上的說明。

player-no-device = 找不到音訊裝置。練習會在無聲中照時進行。裝置一有回應，聲音就會進來。
player-device-lost = 音訊裝置停止運作了。練習會在無聲中照時繼續。裝置回來時，聲音也會回來。
player-device-back = 聲音回來了，接在練習目前的位置。
player-left-out = 略過了{ $what }：{ $reason }
player-speech-stopped = 引導語無法再朗讀出來（{ $reason }）。它會以文字照時繼續。
player-not-saved-as-it-goes = 這次練習無法在進行中隨時保存（{ $reason }）。它會在結束時記錄下來。

## 朗讀引導語，只詢問一次。

player-speech-offer-heading = 要聽引導語嗎？
player-speech-offer-body = 引導語可以朗讀出來，讓你閉上眼睛或放鬆目光，用耳朵跟著練習。
player-speech-offer-later = 你隨時可以在「設定」中更改。
player-speech-read-aloud = 朗讀出來
player-speech-text-only = 只看文字

## 提早結束。

player-end-confirm = 現在就結束這次練習嗎？
player-end-session = 結束練習
player-keep-going = 繼續練習

## 結束畫面。

player-session-complete = 練習完成 · 練習了 { $practised }
player-session-ended = 練習已結束 · 練習了 { $practised }
player-practised-hours = { $count } 小時
player-practised-minutes = { $count } 分
player-practised-seconds = { $count } 秒
player-note-open = 寫幾句話，記下你的感受
player-note-hint = 如果願意，可以寫幾句話給自己
player-feeling-before-question = 如果你想記錄：開始之前，你感覺如何？
player-feeling-after-question = 現在呢？
player-feeling-lowest = 1 低落
player-feeling-highest = 5 很好
player-feeling-before-value = 之前的感受：{ $value }／5
player-feeling-after-value = 之後的感受：{ $value }／5
player-reflection-optional = 這些都可以不填，而且只會留在這台電腦上。
player-done = 完成

## 鍵盤說明。

player-keyboard = 鍵盤
player-key-space = 空白鍵
player-key-right-arrow = 右方向鍵
player-key-pause = 暫停或繼續
player-key-end = 結束練習（會先詢問）
player-key-skip = 跳到下一步
player-key-mute = 靜音或取消靜音
player-key-focus = 專注：只顯示時間和圓環
player-key-help = 這份說明
player-close = 關閉

## 在練習頁面上錄製引導語。

voice-heading = 錄製引導語
voice-explain = 每一步，錄下你朗讀它的文字；回放聆聽，留下你喜歡的那一段。錄音會存放在練習檔案旁邊。
voice-recording = 錄音中 { $time }
voice-stop = 停止
voice-take-length = { $seconds } 秒的錄音
voice-listen = 聆聽
voice-keep = 留下這段
voice-record-again = 重新錄製
voice-record = 錄製
voice-plays = 播放 { $file }
voice-take-silent = 這段錄音沒有聲音；請檢查麥克風，再錄一次。
voice-kept = 已將 { $seconds } 秒的錄音存為 { $file }；這一步開始時會播放它。
voice-cannot-read = 無法讀取 { $path }：{ $reason }
voice-cannot-write = 無法寫入 { $path }：{ $reason }
voice-cannot-play = 這裡無法播放：{ $reason }

## 聲音，在視窗中與命令列上。

audio-no-device = 無法開啟任何音訊裝置（{ $reason }）。練習會在無聲中依時鐘進行。裝置一有回應，聲音就會進來。
audio-device-lost = 音訊裝置停止運作了（{ $reason }）。練習會在無聲中依時鐘繼續。裝置回來時，聲音也會回來。
audio-device-stalled = 它不再接收聲音
audio-device-back = 聲音回來了，接在練習目前的位置。
audio-device-errors = 它接連回報錯誤
audio-server-refused = 音訊伺服器沒有回應（{ $reason }）
audio-server-ended = 音訊伺服器結束了串流
audio-server-silent = 音訊伺服器還沒有回應
audio-named-server-not-running = PULSE_SERVER 指定的音訊伺服器沒有在執行，也沒有音效卡
audio-no-card-or-server = 沒有音效卡，也沒有正在執行的音訊伺服器
audio-no-microphone = 無法開啟麥克風。
audio-no-microphone-because = 無法開啟麥克風（{ $reason }）。
audio-microphone-silent = 麥克風不再傳來聲音；請再錄一次。
audio-recording-stopped = 錄音意外中止了；請再試一次。
audio-missing-bell = 鐘聲 { $file }
audio-missing-recording = 錄音 { $file }
audio-missing-ambient = 環境音 { $file }
audio-missing-speech = 朗讀的引導語
audio-cannot-open = 無法開啟 { $path }：{ $reason }
audio-not-audio = 無法將 { $path } 當作音訊讀取：{ $reason }
audio-too-long = { $path } 超過 { $seconds } 秒
