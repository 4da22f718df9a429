-- WebP uploads: the format list of image_blob gains 'webp'.
alter table image_blob drop constraint image_blob_format_check;
alter table image_blob add constraint image_blob_format_check
    check (format in ('png', 'jpeg', 'gif', 'bmp', 'webp'));
