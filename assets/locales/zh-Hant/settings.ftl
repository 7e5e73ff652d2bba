## settings：選一次就會保留的設定

settings-title = 設定
# 先寫這個語言的「語言」一詞，再寫其他語言的，讓看不懂目前語言的人也找得到。
settings-language = 語言 · Language · Idioma
settings-follow-system = 跟隨系統
# 設定各組的標題。
settings-section-screen = 畫面
settings-section-sound = 聲音
settings-section-desk = 在桌前
settings-section-files = 你的檔案
settings-volumes = 音量
settings-volume = 總音量
settings-bells = 鐘聲
settings-voice = 語音
settings-ambient = 背景聲音
settings-mute = 靜音
settings-timer-bell = 計時用的鐘聲
settings-theme = 外觀
settings-theme-light = 淺色
settings-theme-dark = 深色
settings-text-size = 文字大小
settings-reduced-motion = 減少動態效果
settings-show-seconds = 練習播放時以秒倒數
settings-sound = 聲音：{ $device }
settings-sound-device = 系統預設的音訊裝置；沒有的話，練習會安靜地準時進行。
settings-sound-none = 沒有音訊裝置：練習會安靜地進行。
settings-your-data = 你的資料：{ $path }
settings-your-sessions = 你自己的練習：{ $path }

## 練習日與連續天數

settings-practice-rules = 練習日與連續天數
settings-day-start = 新的一天從這個時間開始
settings-day-threshold = 一天要練習幾分鐘才算數
settings-rest-days = 每週可休息、不中斷連續天數的日子
settings-show-streaks = 顯示連續天數
settings-weekly-goal = 每週正式練習的目標（練習、通話、靜修）
settings-goal-minutes = 每天分鐘數
settings-goal-days = 每週天數

## 書桌前的正念鐘聲

settings-pause-bells = 書桌前的正念鐘聲，並邀請你做三分鐘的暫停
settings-pause-every = 鐘聲之間的分鐘數
settings-pause-from = 從（時）
settings-pause-until = 到（時）
settings-pause-weekdays = 只在星期一到星期五
settings-hold = 在以下情況暫停鐘聲（不出聲、不通知）：
settings-pause-next = 下一聲鐘聲：{ $when }
# chrono 的日期格式：下一聲鐘聲的星期與時間。
settings-pause-next-date = %A %H:%M
settings-pause-none = 依照這些設定，未來一週內不會有鐘聲。

## 語音引導

settings-spoken-guidance = 語音引導
settings-spoken-needs = 需要語音合成器：在 Debian 和 Ubuntu 上，sudo apt install festival festvox-us-slt-hts espeak-ng
settings-spoken-guidance-on = 語音引導：練習沒有錄音時，把引導文字唸出來（{ $synthesizer }）
settings-words-per-minute = 每分鐘字數

## 朗讀引導的聲音。
settings-voice-most-natural = 已安裝中最自然的聲音
settings-voice-festival = 自然，美式英語（Festival）
settings-voice-soft-higher = 柔和，較高（espeak-ng）
settings-voice-clear-higher = 清晰，較高（espeak-ng）
settings-voice-soft-lower = 柔和，較低（espeak-ng）
settings-voice-clear-lower = 清晰，較低（espeak-ng）
settings-fields-reset = 部分設定無法讀取，已恢復為預設值：{ $fields }
settings-section-computers = 你的電腦
settings-computers-intro = 在不只一台電腦上練習嗎？把每台電腦都連結到你的同步工具（Syncthing、Nextcloud、Dropbox、網路共用資料夾）在它們之間保持一致的資料夾。每台電腦都把練習寫到那裡，也讀取其他電腦的練習，所以你的連續天數、統計、日誌和進度在每台電腦上都一樣。不經過任何伺服器。
settings-computers-folder = 共用資料夾
settings-computers-name = 這台電腦的名稱
settings-computers-link = 連結這台電腦
settings-computers-shared = 你的練習透過 { $folder } 分享
settings-computers-this = { $name }（這台電腦）
settings-computers-left = { $name }（已離開）
settings-computers-wrote = { $entries } 筆紀錄，最後寫入於 { $when }
settings-computers-never = { $entries } 筆紀錄，連結之後尚未寫入
settings-computers-unlink = 取消連結這台電腦
settings-computers-unlinked = 已取消連結。這台電腦的檔案留在 { $folder }，標示為已離開；其中的練習在你的其他電腦上仍然計算。這台電腦現在只顯示它自己的練習。
