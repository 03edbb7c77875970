window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Director of Strategic Planning at @RivertonTransit. Views my own.",
        "website" : "https://www.rrta.example",
        "location" : "Riverton"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/2972956847044879360/avatar.jpg"
    }
  }
]