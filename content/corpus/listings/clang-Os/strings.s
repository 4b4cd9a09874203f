	.text
	.intel_syntax noprefix
	.file	"strings.c"
	.globl	my_strlen                       # -- Begin function my_strlen
	.type	my_strlen,@function
my_strlen:                              # @my_strlen
# %bb.0:
	mov	rax, -1
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB0_1
# %bb.2:
	ret
.Lfunc_end0:
	.size	my_strlen, .Lfunc_end0-my_strlen
                                        # -- End function
	.globl	my_strcmp                       # -- Begin function my_strcmp
	.type	my_strcmp,@function
my_strcmp:                              # @my_strcmp
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB1_4
# %bb.1:
	inc	rdi
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	cmp	al, byte ptr [rsi]
	jne	.LBB1_5
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	inc	rsi
	mov	al, byte ptr [rdi]
	inc	rdi
	test	al, al
	jne	.LBB1_2
.LBB1_4:
	xor	eax, eax
.LBB1_5:
	movzx	eax, al
	movzx	ecx, byte ptr [rsi]
	sub	eax, ecx
	ret
.Lfunc_end1:
	.size	my_strcmp, .Lfunc_end1-my_strcmp
                                        # -- End function
	.globl	index_of                        # -- Begin function index_of
	.type	index_of,@function
index_of:                               # @index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB2_5
# %bb.1:
	xor	ecx, ecx
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	je	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	mov	dl, byte ptr [rdi + rcx + 1]
	inc	rcx
	test	dl, dl
	jne	.LBB2_2
.LBB2_5:
	ret
.LBB2_4:
	mov	eax, ecx
	ret
.Lfunc_end2:
	.size	index_of, .Lfunc_end2-index_of
                                        # -- End function
	.globl	last_index_of                   # -- Begin function last_index_of
	.type	last_index_of,@function
last_index_of:                          # @last_index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB3_3
# %bb.1:
	xor	ecx, ecx
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	cmove	eax, ecx
	mov	dl, byte ptr [rdi + rcx + 1]
	inc	rcx
	test	dl, dl
	jne	.LBB3_2
.LBB3_3:
	ret
.Lfunc_end3:
	.size	last_index_of, .Lfunc_end3-last_index_of
                                        # -- End function
	.globl	count_char                      # -- Begin function count_char
	.type	count_char,@function
count_char:                             # @count_char
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB4_1
# %bb.2:
	inc	rdi
	xor	eax, eax
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	xor	edx, edx
	cmp	ecx, esi
	sete	dl
	add	eax, edx
	mov	cl, byte ptr [rdi]
	inc	rdi
	test	cl, cl
	jne	.LBB4_3
# %bb.4:
	ret
.LBB4_1:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	count_char, .Lfunc_end4-count_char
                                        # -- End function
	.globl	to_upper                        # -- Begin function to_upper
	.type	to_upper,@function
to_upper:                               # @to_upper
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB5_5
# %bb.1:
	inc	rdi
.LBB5_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 97]
	cmp	cl, 25
	ja	.LBB5_4
# %bb.3:                                #   in Loop: Header=BB5_2 Depth=1
	add	al, -32
	mov	byte ptr [rdi - 1], al
.LBB5_4:                                #   in Loop: Header=BB5_2 Depth=1
	mov	al, byte ptr [rdi]
	inc	rdi
	test	al, al
	jne	.LBB5_2
.LBB5_5:
	ret
.Lfunc_end5:
	.size	to_upper, .Lfunc_end5-to_upper
                                        # -- End function
	.globl	to_lower                        # -- Begin function to_lower
	.type	to_lower,@function
to_lower:                               # @to_lower
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB6_5
# %bb.1:
	inc	rdi
.LBB6_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 65]
	cmp	cl, 25
	ja	.LBB6_4
# %bb.3:                                #   in Loop: Header=BB6_2 Depth=1
	add	al, 32
	mov	byte ptr [rdi - 1], al
.LBB6_4:                                #   in Loop: Header=BB6_2 Depth=1
	mov	al, byte ptr [rdi]
	inc	rdi
	test	al, al
	jne	.LBB6_2
.LBB6_5:
	ret
.Lfunc_end6:
	.size	to_lower, .Lfunc_end6-to_lower
                                        # -- End function
	.globl	reverse_string                  # -- Begin function reverse_string
	.type	reverse_string,@function
reverse_string:                         # @reverse_string
# %bb.0:
	mov	rax, -1
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB7_1
# %bb.2:
	cmp	rax, 2
	jb	.LBB7_5
# %bb.3:
	lea	rsi, [rax - 1]
	shr	rax
	xor	edx, edx
.LBB7_4:                                # =>This Inner Loop Header: Depth=1
	mov	r8b, byte ptr [rdi + rdx]
	mov	cl, byte ptr [rdi + rsi]
	mov	byte ptr [rdi + rdx], cl
	mov	byte ptr [rdi + rsi], r8b
	inc	rdx
	dec	rsi
	cmp	rax, rdx
	jne	.LBB7_4
.LBB7_5:
	ret
.Lfunc_end7:
	.size	reverse_string, .Lfunc_end7-reverse_string
                                        # -- End function
	.globl	is_palindrome                   # -- Begin function is_palindrome
	.type	is_palindrome,@function
is_palindrome:                          # @is_palindrome
# %bb.0:
	mov	eax, -1
	mov	rcx, rdi
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	inc	eax
	cmp	byte ptr [rcx], 0
	lea	rcx, [rcx + 1]
	jne	.LBB8_1
# %bb.2:
	cdqe
	dec	rax
	xor	ecx, ecx
.LBB8_3:                                # =>This Inner Loop Header: Depth=1
	cmp	rcx, rax
	jge	.LBB8_4
# %bb.5:                                #   in Loop: Header=BB8_3 Depth=1
	mov	dl, byte ptr [rdi + rcx]
	inc	rcx
	lea	rsi, [rax - 1]
	cmp	dl, byte ptr [rdi + rax]
	mov	rax, rsi
	je	.LBB8_3
# %bb.6:
	xor	eax, eax
	ret
.LBB8_4:
	mov	eax, 1
	ret
.Lfunc_end8:
	.size	is_palindrome, .Lfunc_end8-is_palindrome
                                        # -- End function
	.globl	my_atoi                         # -- Begin function my_atoi
	.type	my_atoi,@function
my_atoi:                                # @my_atoi
# %bb.0:
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	inc	rdi
	mov	cl, byte ptr [rdi - 1]
	cmp	cl, 32
	je	.LBB9_1
# %bb.2:
	cmp	cl, 43
	je	.LBB9_4
# %bb.3:
	cmp	cl, 45
	jne	.LBB9_5
.LBB9_4:
	xor	eax, eax
	cmp	cl, 45
	setne	al
	lea	edx, [rax + rax]
	dec	edx
	mov	cl, byte ptr [rdi]
	jmp	.LBB9_6
.LBB9_5:
	dec	rdi
	mov	edx, 1
.LBB9_6:
	lea	esi, [rcx - 48]
	xor	eax, eax
	cmp	sil, 9
	ja	.LBB9_9
# %bb.7:
	inc	rdi
	xor	eax, eax
.LBB9_8:                                # =>This Inner Loop Header: Depth=1
	movzx	ecx, cl
	lea	eax, [rax + 4*rax]
	lea	eax, [rcx + 2*rax]
	add	eax, -48
	mov	cl, byte ptr [rdi]
	lea	esi, [rcx - 48]
	inc	rdi
	cmp	sil, 10
	jb	.LBB9_8
.LBB9_9:
	imul	eax, edx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end9:
	.size	my_atoi, .Lfunc_end9-my_atoi
                                        # -- End function
	.globl	utoa_len                        # -- Begin function utoa_len
	.type	utoa_len,@function
utoa_len:                               # @utoa_len
# %bb.0:
	xor	eax, eax
	mov	r8d, 3435973837
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	ecx, [rdx + rdx]
	lea	r9d, [rcx + 4*rcx]
	mov	ecx, edi
	sub	ecx, r9d
	or	cl, 48
	mov	byte ptr [rsp + rax - 12], cl
	inc	rax
	cmp	edi, 9
	mov	edi, edx
	ja	.LBB10_1
# %bb.2:
	lea	ecx, [rax - 1]
	movsxd	rcx, ecx
	add	rcx, rsp
	add	rcx, -12
	mov	r8d, eax
	xor	edi, edi
.LBB10_3:                               # =>This Inner Loop Header: Depth=1
	mov	dl, byte ptr [rcx]
	mov	byte ptr [rsi + rdi], dl
	inc	rdi
	dec	rcx
	cmp	r8, rdi
	jne	.LBB10_3
# %bb.4:
	mov	ecx, eax
	mov	byte ptr [rsi + rcx], 0
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end10:
	.size	utoa_len, .Lfunc_end10-utoa_len
                                        # -- End function
	.globl	count_words                     # -- Begin function count_words
	.type	count_words,@function
count_words:                            # @count_words
# %bb.0:
	xor	eax, eax
	xor	ecx, ecx
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	mov	dl, byte ptr [rdi]
	lea	esi, [rdx - 9]
	cmp	sil, 2
	jb	.LBB11_2
# %bb.3:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	dl, 32
	je	.LBB11_2
# %bb.4:                                #   in Loop: Header=BB11_1 Depth=1
	test	dl, dl
	je	.LBB11_7
# %bb.5:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	ecx, 1
	adc	eax, 0
	mov	ecx, 1
	jmp	.LBB11_6
.LBB11_2:                               #   in Loop: Header=BB11_1 Depth=1
	xor	ecx, ecx
.LBB11_6:                               #   in Loop: Header=BB11_1 Depth=1
	inc	rdi
	jmp	.LBB11_1
.LBB11_7:
	ret
.Lfunc_end11:
	.size	count_words, .Lfunc_end11-count_words
                                        # -- End function
	.globl	count_vowels                    # -- Begin function count_vowels
	.type	count_vowels,@function
count_vowels:                           # @count_vowels
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB12_1
# %bb.2:
	inc	rdi
	xor	eax, eax
	mov	ecx, 1173
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	or	dl, 32
	movsx	edx, dl
	add	edx, -97
	ror	edx
	cmp	edx, 10
	ja	.LBB12_6
# %bb.4:                                #   in Loop: Header=BB12_3 Depth=1
	bt	ecx, edx
	jae	.LBB12_6
# %bb.5:                                #   in Loop: Header=BB12_3 Depth=1
	inc	eax
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=1
	mov	dl, byte ptr [rdi]
	inc	rdi
	test	dl, dl
	jne	.LBB12_3
# %bb.7:
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	count_vowels, .Lfunc_end12-count_vowels
                                        # -- End function
	.globl	span_digits                     # -- Begin function span_digits
	.type	span_digits,@function
span_digits:                            # @span_digits
# %bb.0:
	mov	rax, -1
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	mov	cl, byte ptr [rdi + rax + 1]
	add	cl, -48
	inc	rax
	cmp	cl, 10
	jb	.LBB13_1
# %bb.2:
	ret
.Lfunc_end13:
	.size	span_digits, .Lfunc_end13-span_digits
                                        # -- End function
	.globl	parse_hex                       # -- Begin function parse_hex
	.type	parse_hex,@function
parse_hex:                              # @parse_hex
# %bb.0:
	xor	eax, eax
.LBB14_1:                               # =>This Inner Loop Header: Depth=1
	movsx	ecx, byte ptr [rdi]
	lea	edx, [rcx - 48]
	cmp	dl, 9
	ja	.LBB14_3
# %bb.2:                                #   in Loop: Header=BB14_1 Depth=1
	add	ecx, -48
	jmp	.LBB14_5
.LBB14_3:                               #   in Loop: Header=BB14_1 Depth=1
	or	ecx, 32
	lea	edx, [rcx - 97]
	cmp	edx, 5
	ja	.LBB14_6
# %bb.4:                                #   in Loop: Header=BB14_1 Depth=1
	add	ecx, -87
.LBB14_5:                               #   in Loop: Header=BB14_1 Depth=1
	shl	eax, 4
	add	eax, ecx
	inc	rdi
	jmp	.LBB14_1
.LBB14_6:
	ret
.Lfunc_end14:
	.size	parse_hex, .Lfunc_end14-parse_hex
                                        # -- End function
	.globl	caesar                          # -- Begin function caesar
	.type	caesar,@function
caesar:                                 # @caesar
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB15_8
# %bb.1:
	movsxd	rcx, esi
	imul	rdx, rcx, 1321528399
	mov	rsi, rdx
	shr	rsi, 63
	sar	rdx, 35
	add	edx, esi
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	sub	ecx, esi
	add	cl, 26
	movzx	ecx, cl
	imul	edx, ecx, 79
	shr	edx, 11
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	sub	cl, sil
	movzx	r8d, cl
	inc	rdi
.LBB15_2:                               # =>This Inner Loop Header: Depth=1
	lea	edx, [rax - 97]
	cmp	dl, 26
	jae	.LBB15_4
# %bb.3:                                #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 97
	mov	esi, -97
	jmp	.LBB15_6
.LBB15_4:                               #   in Loop: Header=BB15_2 Depth=1
	lea	edx, [rax - 65]
	cmp	dl, 25
	ja	.LBB15_7
# %bb.5:                                #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 65
	mov	esi, -65
.LBB15_6:                               #   in Loop: Header=BB15_2 Depth=1
	movsx	eax, al
	add	eax, r8d
	add	eax, esi
	cdqe
	imul	rsi, rax, 1321528399
	mov	rcx, rsi
	shr	rcx, 63
	shr	rsi, 35
	add	esi, ecx
	lea	ecx, [rsi + 4*rsi]
	lea	ecx, [rcx + 4*rcx]
	add	ecx, esi
	sub	eax, ecx
	add	al, dl
	mov	byte ptr [rdi - 1], al
.LBB15_7:                               #   in Loop: Header=BB15_2 Depth=1
	mov	al, byte ptr [rdi]
	inc	rdi
	test	al, al
	jne	.LBB15_2
.LBB15_8:
	ret
.Lfunc_end15:
	.size	caesar, .Lfunc_end15-caesar
                                        # -- End function
	.globl	starts_with                     # -- Begin function starts_with
	.type	starts_with,@function
starts_with:                            # @starts_with
# %bb.0:
	xor	eax, eax
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	mov	cl, byte ptr [rsi + rax]
	test	cl, cl
	je	.LBB16_2
# %bb.3:                                #   in Loop: Header=BB16_1 Depth=1
	lea	rdx, [rax + 1]
	cmp	byte ptr [rdi + rax], cl
	mov	rax, rdx
	je	.LBB16_1
# %bb.4:
	xor	eax, eax
	ret
.LBB16_2:
	mov	eax, 1
	ret
.Lfunc_end16:
	.size	starts_with, .Lfunc_end16-starts_with
                                        # -- End function
	.globl	leading_spaces                  # -- Begin function leading_spaces
	.type	leading_spaces,@function
leading_spaces:                         # @leading_spaces
# %bb.0:
	mov	eax, -1
.LBB17_1:                               # =>This Inner Loop Header: Depth=1
	inc	eax
	cmp	byte ptr [rdi], 32
	lea	rdi, [rdi + 1]
	je	.LBB17_1
# %bb.2:
	ret
.Lfunc_end17:
	.size	leading_spaces, .Lfunc_end17-leading_spaces
                                        # -- End function
	.globl	trailing_spaces                 # -- Begin function trailing_spaces
	.type	trailing_spaces,@function
trailing_spaces:                        # @trailing_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB18_1
# %bb.2:
	inc	rdi
	xor	edx, edx
	xor	eax, eax
.LBB18_3:                               # =>This Inner Loop Header: Depth=1
	inc	eax
	cmp	cl, 32
	cmovne	eax, edx
	mov	cl, byte ptr [rdi]
	inc	rdi
	test	cl, cl
	jne	.LBB18_3
# %bb.4:
	ret
.LBB18_1:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	trailing_spaces, .Lfunc_end18-trailing_spaces
                                        # -- End function
	.globl	strcasecmp_ascii                # -- Begin function strcasecmp_ascii
	.type	strcasecmp_ascii,@function
strcasecmp_ascii:                       # @strcasecmp_ascii
# %bb.0:
	mov	cl, byte ptr [rdi]
	mov	eax, ecx
	or	al, 32
	mov	dl, byte ptr [rsi]
	mov	r10d, edx
	or	r10b, 32
	test	dl, dl
	sete	r8b
	test	cl, cl
	sete	r9b
	je	.LBB19_7
# %bb.1:
	test	dl, dl
	je	.LBB19_7
# %bb.2:
	cmp	al, r10b
	jne	.LBB19_7
# %bb.3:
	mov	edx, 1
.LBB19_4:                               # =>This Inner Loop Header: Depth=1
	mov	r9b, byte ptr [rdi + rdx]
	mov	eax, r9d
	or	al, 32
	mov	cl, byte ptr [rsi + rdx]
	mov	r10d, ecx
	or	r10b, 32
	test	cl, cl
	sete	r8b
	test	r9b, r9b
	sete	r9b
	je	.LBB19_7
# %bb.5:                                #   in Loop: Header=BB19_4 Depth=1
	test	cl, cl
	je	.LBB19_7
# %bb.6:                                #   in Loop: Header=BB19_4 Depth=1
	inc	rdx
	cmp	al, r10b
	je	.LBB19_4
.LBB19_7:
	movsx	eax, al
	xor	ecx, ecx
	test	r9b, r9b
	cmovne	eax, ecx
	movsx	edx, r10b
	test	r8b, r8b
	cmovne	edx, ecx
	sub	eax, edx
	ret
.Lfunc_end19:
	.size	strcasecmp_ascii, .Lfunc_end19-strcasecmp_ascii
                                        # -- End function
	.globl	copy_string                     # -- Begin function copy_string
	.type	copy_string,@function
copy_string:                            # @copy_string
# %bb.0:
	xor	eax, eax
.LBB20_1:                               # =>This Inner Loop Header: Depth=1
	mov	cl, byte ptr [rsi + rax]
	mov	byte ptr [rdi + rax], cl
	inc	rax
	test	cl, cl
	jne	.LBB20_1
# %bb.2:
	ret
.Lfunc_end20:
	.size	copy_string, .Lfunc_end20-copy_string
                                        # -- End function
	.globl	is_identifier                   # -- Begin function is_identifier
	.type	is_identifier,@function
is_identifier:                          # @is_identifier
# %bb.0:
	mov	cl, byte ptr [rdi]
	cmp	cl, 95
	je	.LBB21_2
# %bb.1:
	or	cl, 32
	add	cl, -97
	xor	eax, eax
	cmp	cl, 25
	ja	.LBB21_8
.LBB21_2:                               # =>This Inner Loop Header: Depth=1
	inc	rdi
	mov	al, byte ptr [rdi]
	cmp	al, 95
	je	.LBB21_2
# %bb.3:                                #   in Loop: Header=BB21_2 Depth=1
	test	al, al
	je	.LBB21_4
# %bb.5:                                #   in Loop: Header=BB21_2 Depth=1
	lea	ecx, [rax - 48]
	cmp	cl, 10
	jb	.LBB21_2
# %bb.6:                                #   in Loop: Header=BB21_2 Depth=1
	or	al, 32
	add	al, -97
	cmp	al, 25
	jbe	.LBB21_2
# %bb.7:
	xor	eax, eax
.LBB21_8:
	ret
.LBB21_4:
	mov	eax, 1
	ret
.Lfunc_end21:
	.size	is_identifier, .Lfunc_end21-is_identifier
                                        # -- End function
	.globl	digit_sum_string                # -- Begin function digit_sum_string
	.type	digit_sum_string,@function
digit_sum_string:                       # @digit_sum_string
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB22_1
# %bb.2:
	inc	rdi
	xor	ecx, ecx
	xor	eax, eax
.LBB22_3:                               # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	lea	esi, [rdx - 48]
	add	edx, -48
	cmp	sil, 10
	cmovae	edx, ecx
	add	eax, edx
	mov	dl, byte ptr [rdi]
	inc	rdi
	test	dl, dl
	jne	.LBB22_3
# %bb.4:
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	digit_sum_string, .Lfunc_end22-digit_sum_string
                                        # -- End function
	.globl	squeeze_spaces                  # -- Begin function squeeze_spaces
	.type	squeeze_spaces,@function
squeeze_spaces:                         # @squeeze_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB23_6
# %bb.1:
	lea	rax, [rdi + 1]
	xor	esi, esi
.LBB23_2:                               # =>This Inner Loop Header: Depth=1
	cmp	cl, 32
	jne	.LBB23_4
# %bb.3:                                #   in Loop: Header=BB23_2 Depth=1
	mov	edx, 1
	test	esi, esi
	jne	.LBB23_5
.LBB23_4:                               #   in Loop: Header=BB23_2 Depth=1
	xor	edx, edx
	cmp	cl, 32
	sete	dl
	mov	byte ptr [rdi], cl
	inc	rdi
.LBB23_5:                               #   in Loop: Header=BB23_2 Depth=1
	mov	cl, byte ptr [rax]
	inc	rax
	mov	esi, edx
	test	cl, cl
	jne	.LBB23_2
.LBB23_6:
	mov	byte ptr [rdi], 0
	ret
.Lfunc_end23:
	.size	squeeze_spaces, .Lfunc_end23-squeeze_spaces
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
